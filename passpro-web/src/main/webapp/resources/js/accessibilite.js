/*
 * Accessibility fixes of what PrimeFaces renders (issue 18, item 13), checked by axe-core in the browser tests:
 * - a message is an <li role="alert"> inside a <ul>: the role takes the item out of its list (axe « list »); the
 *   messages' container already announces them (aria-live), so the items stay plain list items;
 * - the calendar (FullCalendar in p:schedule) puts aria-label on elements that have no role allowing one (axe
 *   « aria-prohibited-attr »): a link without href gets role="link", other elements get the label as a title.
 * - the file input of a skinned p:fileUpload is aria-hidden yet focusable (axe « aria-hidden-focus »): its visible
 *   « Choisir » button takes the keyboard and opens it, so the hidden input leaves the tab order.
 * Runs on load and after every change of the page (ajax updates, calendar navigation).
 */
(function () {
    'use strict';

    function corriger(racine) {
        racine.querySelectorAll('.ui-messages li[role="alert"]').forEach(function (li) {
            li.removeAttribute('role');
        });
        racine.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.setAttribute('tabindex', '-1');
        });
        racine.querySelectorAll('.fc [aria-label]').forEach(function (el) {
            var tag = el.tagName.toLowerCase();
            if (el.hasAttribute('role') || tag === 'button' || tag === 'input' || tag === 'select'
                    || tag === 'table' || tag === 'th' || tag === 'section' || tag === 'nav') {
                return;
            }
            if (tag === 'a') {
                if (!el.hasAttribute('href')) {
                    el.setAttribute('role', 'link');
                }
                return;
            }
            if (tag === 'td') {
                // a cell's label belongs to the cell of a grid; in a plain table it is a title
                el.setAttribute('title', el.getAttribute('aria-label'));
                el.removeAttribute('aria-label');
                return;
            }
            el.setAttribute('title', el.getAttribute('aria-label'));
            el.removeAttribute('aria-label');
        });
    }

    var enCours = false;
    function planifier() {
        if (enCours) {
            return;
        }
        enCours = true;
        window.requestAnimationFrame(function () {
            enCours = false;
            corriger(document);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        corriger(document);
        new MutationObserver(planifier).observe(document.body, { childList: true, subtree: true });
    });
})();
