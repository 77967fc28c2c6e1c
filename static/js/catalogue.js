// The catalogue's search form, progressive enhancement only (the form works without it):
// - "Poblíž mě" asks the browser where the visitor is, puts it into ?poloha=<lat>,<lon> and
//   submits the form (the results are then sorted by distance);
// - on wide screens the filters and the life situations, which sit in the sidebar, start open.
(function () {
    "use strict";
    var WIDE = "(min-width: 48em)";

    if (window.matchMedia && window.matchMedia(WIDE).matches) {
        document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
            details.open = true;
        });
    }

    var button = document.querySelector("[data-near-me]");
    if (!button || !("geolocation" in navigator)) return;
    var form = button.form;
    var status = form.querySelector("[data-near-me-status]");
    var place = form.elements.kde;

    function say(text) {
        if (status) status.textContent = text;
    }

    function submitPosition(position) {
        var input = form.elements.poloha;
        if (!input) {
            input = document.createElement("input");
            input.type = "hidden";
            input.name = "poloha";
            form.appendChild(input);
        }
        input.value = position.coords.latitude.toFixed(5) + "," + position.coords.longitude.toFixed(5);
        if (place) place.value = "";  // a typed place would win over the position
        var sort = form.elements.razeni;
        if (sort) sort.disabled = true;  // sorting by distance is the default with a position
        say("Poloha zjištěna, hledáme nejbližší služby…");
        form.submit();
    }

    function fail(error) {
        button.disabled = false;
        say(
            error && error.code === 1
                ? "Polohu jste nepovolili. Napište do pole „Kde?“ ulici, část města nebo PSČ."
                : "Polohu se nepodařilo zjistit. Napište do pole „Kde?“ ulici, část města nebo PSČ."
        );
    }

    // Back from the results, the browser may restore this page as it was left: usable again.
    window.addEventListener("pageshow", function () {
        button.disabled = false;
        if (form.elements.razeni) form.elements.razeni.disabled = false;
    });

    button.hidden = false;
    button.addEventListener("click", function () {
        button.disabled = true;
        say("Zjišťujeme vaši polohu…");
        navigator.geolocation.getCurrentPosition(submitPosition, fail, {
            enableHighAccuracy: false,
            timeout: 15000,
            maximumAge: 300000,
        });
    });
})();
