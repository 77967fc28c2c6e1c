// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // When printing, open every accordion so nothing is hidden on paper.
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details").forEach(function (el) {
            el.setAttribute("open", "");
        });
    });
})();
