// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // When printing, open every accordion so nothing is hidden on paper.
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details").forEach(function (el) {
            el.setAttribute("open", "");
        });
    });

    // The main menu: without JS a <details> ("Menu" opens it on phones). Here it becomes a
    // button that says whether the menu is open (aria-expanded) and closes with Escape.
    var details = document.querySelector("details[data-site-menu]");
    if (!details) return;
    var summary = details.querySelector("summary");
    var nav = details.querySelector("nav");
    if (!summary || !nav) return;
    var menu = document.createElement("div");
    menu.className = details.className + " site-menu--enhanced";
    var button = document.createElement("button");
    button.type = "button";
    button.className = summary.className;
    button.innerHTML = summary.innerHTML;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", nav.id);
    menu.appendChild(button);
    menu.appendChild(nav);
    details.replaceWith(menu);

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && menu.classList.contains("is-open")) {
            setOpen(false);
            button.focus();
        }
    });
    // Leaving the open menu with Tab or a click elsewhere closes it.
    document.addEventListener("click", function (event) {
        if (menu.classList.contains("is-open") && !menu.contains(event.target)) setOpen(false);
    });
    menu.addEventListener("focusout", function (event) {
        if (event.relatedTarget && !menu.contains(event.relatedTarget)) setOpen(false);
    });
})();
