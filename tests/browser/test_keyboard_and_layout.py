"""What axe cannot check: keyboard use, reflow, zoom and text spacing (WCAG 2.4.1, 2.4.7, 1.4.4,
1.4.10, 1.4.12), on the home page and a standard page of the demo content."""

import pytest

from tests.browser.conftest import axe_violations, format_violations

PAGE_TYPES = {"home page": "portal.homepage", "standard page": "portal.standardpage"}

NARROW = {"width": 320, "height": 640}
# A 1280 px wide window zoomed to 200 %: the page gets 640 CSS pixels, drawn twice as large.
ZOOMED = {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2}

# WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16.
TEXT_SPACING_CSS = """
* {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }
"""

DESCRIBE_JS = """
const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += "#" + el.id;
    if (typeof el.className === "string" && el.className.trim()) {
        name += "." + el.className.trim().split(/\\s+/).join(".");
    }
    return name;
};
"""

HORIZONTAL_OVERFLOW_JS = (
    "() => {"
    + DESCRIBE_JS
    + """
    const root = document.documentElement;
    const width = root.clientWidth;
    // Content of a scrolling box (e.g. a wide table) does not widen the page.
    const inScrollingBox = (el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== "visible") return true;
        }
        return false;
    };
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1 && !inScrollingBox(el)) {
            wide.push(`${describe(el)} (right edge at ${Math.round(box.right)} px)`);
        }
    }
    return {scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 10)};
}"""
)

# Elements that hide their overflow while their content needs more room: clipped text.
CLIPPED_TEXT_JS = (
    "() => {"
    + DESCRIBE_JS
    + """
    const hides = (value) => value === "hidden" || value === "clip";
    const clipped = [];
    for (const el of document.body.querySelectorAll("*")) {
        const style = getComputedStyle(el);
        if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
        // Visually hidden text (1 px box) is meant for screen readers only.
        if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
        if (!el.textContent.trim()) continue;
        const tooTall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        const tooWide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        if (tooTall || tooWide) clipped.push(describe(el));
    }
    return clipped;
}"""
)

# Mark every element a keyboard user should reach, remember how it looks unfocused.
TABBABLE_JS = """() => {
    const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, '
        + 'textarea, summary, iframe, [tabindex], [contenteditable="true"]';
    const styles = [];
    for (const el of document.querySelectorAll(selector)) {
        if (el.disabled || el.tabIndex < 0) continue;
        if (!el.checkVisibility({checkVisibilityCSS: true})) continue;
        const style = getComputedStyle(el);
        el.dataset.focusCheck = String(styles.length);
        styles.push({outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
                     shadow: style.boxShadow});
    }
    return styles;
}"""

FOCUSED_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el.dataset.focusCheck === undefined) return null;
    const style = getComputedStyle(el);
    return {
        index: Number(el.dataset.focusCheck),
        html: el.outerHTML.slice(0, 120),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        outlineVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow,
    };
}"""


def assert_no_horizontal_scrolling(page):
    result = page.evaluate(HORIZONTAL_OVERFLOW_JS)
    assert result["scrollWidth"] <= result["clientWidth"], (
        f"{page.url} scrolls horizontally at {page.viewport_size['width']} px: content is "
        f"{result['scrollWidth']} px wide, the window {result['clientWidth']} px. "
        "Too wide: " + ", ".join(result["wide"])
    )


def assert_no_clipped_text(page):
    clipped = page.evaluate(CLIPPED_TEXT_JS)
    assert not clipped, f"{page.url}: text cut off in " + ", ".join(clipped)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_skip_link_is_the_first_tab_stop_and_leads_into_main(live_demo, page, page_type):
    page.goto(live_demo.url_of(PAGE_TYPES[page_type]))
    page.keyboard.press("Tab")

    skip_link = page.evaluate(
        """() => {
            const el = document.activeElement;
            const box = el.getBoundingClientRect();
            return {
                tag: el.tagName, href: el.getAttribute("href"), text: el.textContent.trim(),
                mainId: document.querySelector("main").id,
                visible: el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}),
                box: {top: box.top, left: box.left, bottom: box.bottom, right: box.right,
                      width: box.width, height: box.height},
                viewport: {width: innerWidth, height: innerHeight},
            };
        }"""
    )
    assert skip_link["tag"] == "A", f"the first Tab stop is a {skip_link['tag']}, not a link"
    assert skip_link["href"] == f"#{skip_link['mainId']}", skip_link
    assert skip_link["text"]
    box, viewport = skip_link["box"], skip_link["viewport"]
    assert skip_link["visible"] and box["width"] > 1 and box["height"] > 1, skip_link
    assert box["top"] >= 0 and box["left"] >= 0, f"the focused skip link is off screen: {box}"
    assert box["bottom"] <= viewport["height"] and box["right"] <= viewport["width"], box

    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.closest('main') !== null")


def test_every_focusable_element_shows_where_the_focus_is(live_demo, page):
    page.goto("/")
    unfocused = page.evaluate(TABBABLE_JS)
    assert unfocused, "nothing on the home page can be reached by keyboard"

    reached = set()
    without_indicator = []
    for _ in range(len(unfocused) + 5):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if focused is None or focused["index"] in reached:
            break
        reached.add(focused["index"])
        before = unfocused[focused["index"]]
        outline_shows = focused["outlineVisible"] and focused["outline"] != before["outline"]
        shadow_shows = focused["shadow"] not in ("none", before["shadow"])
        if not (outline_shows or shadow_shows):
            without_indicator.append(focused["html"])

    assert not without_indicator, "no visible focus indicator on:\n" + "\n".join(without_indicator)
    assert len(reached) == len(unfocused), (
        f"Tab reached {len(reached)} of the {len(unfocused)} focusable elements"
    )


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_reflows_at_320_px_without_horizontal_scrolling(live_demo, new_page, page_type):
    page = new_page(viewport=NARROW)
    page.goto(live_demo.url_of(PAGE_TYPES[page_type]))
    assert_no_horizontal_scrolling(page)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_narrow_page_passes_axe(live_demo, new_page, page_type):
    page = new_page(viewport=NARROW)
    page.goto(live_demo.url_of(PAGE_TYPES[page_type]))
    violations = axe_violations(page)
    assert not violations, format_violations(page.url, violations)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_zoomed_to_200_percent_keeps_all_content(live_demo, new_page, page_type):
    page = new_page(**ZOOMED)
    page.goto(live_demo.url_of(PAGE_TYPES[page_type]))
    assert_no_horizontal_scrolling(page)
    assert_no_clipped_text(page)
    assert page.locator("main h1").is_visible()


@pytest.mark.parametrize(
    "viewport", [NARROW, {"width": 1280, "height": 800}], ids=["320px", "1280px"]
)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_wider_text_spacing_cuts_off_no_text(live_demo, new_page, page_type, viewport):
    # People apply the spacing with a browser extension or a user style sheet, which the page's
    # Content-Security-Policy does not govern; the test's injected style tag would be blocked.
    page = new_page(viewport=viewport, bypass_csp=True)
    page.goto(live_demo.url_of(PAGE_TYPES[page_type]))
    page.add_style_tag(content=TEXT_SPACING_CSS)
    assert_no_clipped_text(page)
    assert_no_horizontal_scrolling(page)
