package dev.leafpress.theme;

import java.util.List;
import java.util.Map;

/** Measurements of the page the browser shows, taken with small scripts. */
final class PageProbe {

    private final Browser browser;

    PageProbe(Browser browser) {
        this.browser = browser;
    }

    /** True when the page is wider than the window, so a reader would have to scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    long count(String selector) {
        return (Long) browser.script("return document.querySelectorAll(arguments[0]).length;", selector);
    }

    /** The box of the first element matching {@code selector}. */
    @SuppressWarnings("unchecked")
    Box box(String selector) {
        return Box.of((Map<String, Number>) browser.script("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return {x: r.x, y: r.y, width: r.width, height: r.height};""", selector));
    }

    /** True when a click at the centre of the element would reach it (nothing covers it). */
    boolean clickableAtCentre(String selector) {
        return (Boolean) browser.script("""
                const el = document.querySelector(arguments[0]);
                const r = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (r.width === 0 || r.height === 0 || style.visibility !== 'visible') return false;
                const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return hit !== null && (hit === el || el.contains(hit));""", selector);
    }

    /** Relative luminance (0 black .. 1 white) of the element's computed background colour. */
    double backgroundLuminance(String selector) {
        return ((Number) browser.script("""
                const [r, g, b] = getComputedStyle(document.querySelector(arguments[0])).backgroundColor
                    .match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
                    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;""", selector)).doubleValue();
    }

    String computed(String selector, String property) {
        return (String) browser.script("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);", selector, property);
    }

    /** Characters of ordinary text that fit on one line of the element. */
    double charactersPerLine(String selector) {
        return ((Number) browser.script("""
                const el = document.querySelector(arguments[0]);
                const ctx = document.createElement('canvas').getContext('2d');
                ctx.font = getComputedStyle(el).font;
                const sample = 'the quick brown fox jumps over the lazy dog, and then it runs away. ';
                return el.clientWidth / (ctx.measureText(sample).width / sample.length);""", selector))
                .doubleValue();
    }

    /**
     * The code blocks: language; whether Prism has it at all ({@code defined}) and has rules for it
     * ({@code known}: "text" is defined but has none); token count; text; scroll widths.
     */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> codeBlocks() {
        return (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('pre > code[class*="language-"]')].map(code => {
                  const language = [...code.classList].find(c => c.startsWith('language-')).substring(9);
                  const grammar = window.Prism && Prism.languages[language];
                  return {language: language, defined: !!grammar,
                          known: !!grammar && Object.keys(grammar).length > 0,
                          tokens: code.querySelectorAll('.token').length, text: code.textContent,
                          scrollWidth: code.parentElement.scrollWidth,
                          clientWidth: code.parentElement.clientWidth,
                          overflowX: getComputedStyle(code.parentElement).overflowX};
                });""");
    }
}
