// The admin's map picker (portal/widgets/map_picker.py): a click in the map, dragging the
// marker or a found address writes the latitude and longitude fields; typing in them moves the
// marker. Without this script the box stays hidden and the fields are typed by hand.
(function () {
    "use strict";

    var CITY = [49.8209, 18.2625]; // Ostrava, when no position is set yet
    var DECIMALS = 6;
    var ARROW_STEP = 0.0001; // degrees per arrow key press (about 10 m)

    function field(id) {
        return document.getElementById(id);
    }

    function readPosition(latitude, longitude) {
        var lat = parseFloat((latitude.value || "").replace(",", "."));
        var lon = parseFloat((longitude.value || "").replace(",", "."));
        if (isNaN(lat) || isNaN(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return null;
        }
        return L.latLng(lat, lon);
    }

    function writePosition(latitude, longitude, position) {
        latitude.value = position.lat.toFixed(DECIMALS);
        longitude.value = position.lng.toFixed(DECIMALS);
        [latitude, longitude].forEach(function (input) {
            input.dispatchEvent(new Event("change", { bubbles: true }));
        });
    }

    function setUp(box) {
        var latitude = field(box.dataset.latitude);
        var longitude = field(box.dataset.longitude);
        if (!latitude || !longitude || !window.L) {
            return;
        }
        box.hidden = false;
        var start = readPosition(latitude, longitude);
        var map = L.map(box.querySelector("[data-map-picker-map]"), {
            keyboard: true,
            zoomControl: false,
            scrollWheelZoom: false,
        }).setView(start || CITY, start ? 17 : 12);
        L.control.zoom({ zoomInTitle: "Přiblížit", zoomOutTitle: "Oddálit" }).addTo(map);
        map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
        L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(
            map
        );
        var marker = L.marker(start || CITY, {
            draggable: true,
            keyboard: true,
            title: "Poloha místa",
            alt: "Poloha místa (přetáhněte, nebo posuňte šipkami)",
        });

        function place(position, zoom) {
            marker.setLatLng(position);
            if (!map.hasLayer(marker)) {
                marker.addTo(map);
            }
            writePosition(latitude, longitude, position);
            if (zoom) {
                map.setView(position, zoom);
            }
        }

        map.on("click", function (event) {
            place(event.latlng);
        });
        marker.on("dragend", function () {
            place(marker.getLatLng());
        });
        marker.on("add", function () {
            L.DomEvent.on(marker.getElement(), "keydown", function (event) {
                var moves = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
                var move = moves[event.key];
                if (!move) {
                    return;
                }
                L.DomEvent.stop(event);
                var here = marker.getLatLng();
                place(L.latLng(here.lat + move[0] * ARROW_STEP, here.lng + move[1] * ARROW_STEP));
                map.panTo(marker.getLatLng());
            });
        });
        if (start) {
            marker.addTo(map);
        }
        [latitude, longitude].forEach(function (input) {
            input.addEventListener("input", function () {
                var position = readPosition(latitude, longitude);
                if (position) {
                    marker.setLatLng(position);
                    if (!map.hasLayer(marker)) {
                        marker.addTo(map);
                    }
                    map.panTo(position);
                }
            });
        });
        // The map was laid out while hidden or in a collapsed panel: measure it when seen.
        if (window.ResizeObserver) {
            new ResizeObserver(function () {
                map.invalidateSize();
            }).observe(box);
        }
        setUpSearch(box, function (result) {
            place(L.latLng(result.latitude, result.longitude), 17);
        });
    }

    function setUpSearch(box, choose) {
        var input = box.querySelector("[data-map-picker-query]");
        var button = box.querySelector("[data-map-picker-find]");
        var status = box.querySelector("[data-map-picker-status]");
        var list = box.querySelector("[data-map-picker-results]");
        if (!input || !box.dataset.lookup) {
            return;
        }

        function show(results, message) {
            list.textContent = "";
            status.textContent = message;
            results.forEach(function (result) {
                var item = document.createElement("li");
                var pick = document.createElement("button");
                pick.type = "button";
                pick.className = "button button-small button-secondary";
                pick.textContent = result.name;
                pick.addEventListener("click", function () {
                    choose(result);
                    list.textContent = "";
                    status.textContent = "Poloha nastavena: " + result.name + ".";
                });
                item.appendChild(pick);
                list.appendChild(item);
            });
        }

        function find() {
            var text = input.value.trim();
            if (text.length < 2) {
                show([], "Napište aspoň dva znaky.");
                return;
            }
            status.textContent = "Hledám…";
            fetch(box.dataset.lookup + "?q=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
            })
                .then(function (response) {
                    return response.json();
                })
                .then(function (data) {
                    var results = data.results || [];
                    if (results.length === 1) {
                        choose(results[0]);
                        show([], "Poloha nastavena: " + results[0].name + ".");
                    } else if (results.length) {
                        show(results, "Nalezená místa (" + results.length + "), vyberte jedno:");
                    } else {
                        show([], data.message || "Nic jsme nenašli; zkuste jiný zápis nebo klikněte do mapy.");
                    }
                })
                .catch(function () {
                    show([], "Hledání se nepodařilo; klikněte do mapy nebo zadejte čísla ručně.");
                });
        }

        button.addEventListener("click", find);
        input.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                event.preventDefault(); // not the page's form
                find();
            }
        });
    }

    function setUpAll() {
        document.querySelectorAll("[data-map-picker]:not([data-map-picker-ready])").forEach(
            function (box) {
                if (box.closest("template")) {
                    return;
                }
                box.setAttribute("data-map-picker-ready", "");
                try {
                    setUp(box);
                } catch (error) {
                    box.hidden = true; // the number fields stay usable
                }
            }
        );
    }

    setUpAll();
    // Places added to the form later (an inline panel's "Přidat") get their own picker.
    new MutationObserver(setUpAll).observe(document.body, { childList: true, subtree: true });
})();
