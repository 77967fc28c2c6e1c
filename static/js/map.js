// Maps of places (templates/components/map/map.html): progressive enhancement only. Without
// this file, or when it fails, the page keeps its links to an external map and its list.
(function () {
    "use strict";

    if (!window.L) {
        return;
    }

    function plural(count, one, few, many) {
        if (count === 1) {
            return one;
        }
        return count >= 2 && count <= 4 ? few : many;
    }

    function appendLine(parent, text, className) {
        if (!text) {
            return null;
        }
        var line = document.createElement("span");
        line.className = className;
        line.textContent = text;
        parent.appendChild(line);
        return line;
    }

    // The popup of one place, built from text (never from HTML in the data).
    function popupContent(properties) {
        var box = document.createElement("div");
        box.className = "map-popup";
        var title = document.createElement("strong");
        title.className = "map-popup__title";
        if (properties.url) {
            var link = document.createElement("a");
            link.href = properties.url;
            link.textContent = properties.name;
            title.appendChild(link);
        } else {
            title.textContent = properties.name;
        }
        box.appendChild(title);
        if (properties.place && properties.place !== properties.name) {
            appendLine(box, properties.place, "map-popup__line");
        }
        appendLine(box, properties.address, "map-popup__line");
        appendLine(box, properties.provider, "map-popup__line map-popup__provider");
        if (properties.phone) {
            var phone = document.createElement("a");
            phone.className = "map-popup__line";
            phone.href = "tel:" + properties.phone.replace(/[^0-9+]/g, "");
            phone.textContent = properties.phone;
            box.appendChild(phone);
        }
        return box;
    }

    function markerLabel(properties) {
        return [properties.name, properties.address].filter(Boolean).join(", ");
    }

    function clusterIcon(cluster) {
        var count = cluster.getChildCount();
        var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
        var html =
            '<div><span aria-hidden="true">' + count + "</span>" +
            '<span class="visually-hidden">' + count + " " + plural(count, "místo", "místa", "míst") +
            ", přiblížit</span></div>";
        return L.divIcon({
            html: html,
            className: "marker-cluster marker-cluster-" + size,
            iconSize: L.point(40, 40),
        });
    }

    function keyboardFriendlyPopups(map) {
        // A popup opened from the keyboard takes the focus; closing it gives it back.
        var opener = null;
        map.on("popupopen", function (event) {
            var active = document.activeElement;
            if (active && active.classList.contains("leaflet-marker-icon")) {
                opener = active;
                var link = event.popup.getElement().querySelector("a");
                if (link) {
                    link.focus();
                }
            }
        });
        map.on("popupclose", function (event) {
            var element = event.popup.getElement();
            if (opener && element && element.contains(document.activeElement)) {
                opener.focus();
            }
            opener = null;
        });
    }

    function createMap(element) {
        var map = L.map(element, {
            keyboard: true,
            zoomControl: false,
            scrollWheelZoom: false,
            center: [49.8209, 18.2625], // Ostrava, until the places are known
            zoom: 12,
        });
        L.control.zoom({ zoomInTitle: "Přiblížit", zoomOutTitle: "Oddálit" }).addTo(map);
        map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
        L.tileLayer(element.dataset.tiles, {
            attribution: element.dataset.attribution,
            maxZoom: 19,
        }).addTo(map);
        keyboardFriendlyPopups(map);
        map.on("zoomend", function () {
            element.dataset.zoom = String(map.getZoom());
        });
        return map;
    }

    function showPlaces(map, element, collection) {
        var group = L.markerClusterGroup({
            iconCreateFunction: clusterIcon,
            showCoverageOnHover: false,
            maxClusterRadius: 50,
        });
        group.on("clusterkeypress", function (event) {
            if (event.originalEvent.keyCode === 13) {
                event.layer.zoomToBounds({ padding: [20, 20] });
            }
        });
        collection.features.forEach(function (feature) {
            var coordinates = feature.geometry.coordinates;
            var properties = feature.properties;
            var marker = L.marker([coordinates[1], coordinates[0]], {
                title: markerLabel(properties),
                alt: markerLabel(properties),
                keyboard: true,
            });
            marker.bindPopup(popupContent(properties));
            group.addLayer(marker);
        });
        map.addLayer(group);
        if (collection.features.length) {
            map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16 });
        }
        element.dataset.markers = String(collection.features.length);
    }

    function describe(status, collection) {
        // The visible text alternative: how many places the map shows, and what it leaves out.
        if (!status) {
            return;
        }
        var places = collection.features.length;
        var text = "Mapa ukazuje " + places + " " + plural(places, "místo", "místa", "míst");
        var services = collection.services;
        if (typeof services === "number") {
            var mapped = collection.mapped_services;
            text += " (" + mapped + " " + plural(mapped, "služba", "služby", "služeb") + " z " +
                services + " " + plural(services, "nalezené", "nalezených", "nalezených") + ").";
            if (mapped < services) {
                text += " Služby bez zveřejněné adresy (terénní, telefonické nebo s utajenou " +
                    "adresou) mapa neukazuje, najdete je v seznamu.";
            }
        } else {
            text += ".";
        }
        status.textContent = text;
    }

    function start(element) {
        var status = element.parentNode.querySelector("[data-map-status]");
        var inline = element.dataset.points && document.getElementById(element.dataset.points);
        var load = inline
            ? Promise.resolve(JSON.parse(inline.textContent))
            : fetch(element.dataset.geojson, { headers: { Accept: "application/geo+json" } }).then(
                function (response) {
                    if (!response.ok) {
                        throw new Error("HTTP " + response.status);
                    }
                    return response.json();
                }
            );
        return load.then(function (collection) {
            element.textContent = "";
            element.classList.add("map--ready");
            var map = createMap(element);
            showPlaces(map, element, collection);
            describe(status, collection);
        });
    }

    // On the catalogue's map view, a new search stays on the map.
    function keepMapView() {
        var view = document.querySelector("[data-map-view]");
        if (!view) {
            return;
        }
        document.querySelectorAll('form[role="search"]').forEach(function (form) {
            if (form.getAttribute("action") === view.dataset.mapView && !form.elements.zobrazeni) {
                var field = document.createElement("input");
                field.type = "hidden";
                field.name = "zobrazeni";
                field.value = "mapa";
                form.appendChild(field);
            }
        });
    }

    document.querySelectorAll("[data-map]").forEach(function (element) {
        start(element).catch(function () {
            element.classList.add("map--failed");
        });
    });
    keepMapView();
})();
