/*
 * The newsletter builder: sections, and each section's items, are put in order by dragging them by
 * their handle (jQuery UI's sortable, which PrimeFaces carries). The page sends the old positions in
 * their new order and the server redraws the form from its own list, so that what is shown is what
 * would be saved. The buttons "Move up" and "Move down" do the same from the keyboard; after one,
 * the focus goes back to the moved section's or item's button.
 */
var Builder = (function () {

    function order(list, selector) {
        return jQuery(list).children(selector).map(function () {
            return this.getAttribute('data-index');
        }).get().join(',');
    }

    function arm() {
        if (!window.jQuery || !jQuery.fn.sortable) {
            return;
        }
        var sections = jQuery('#section-list.nl-sortable');
        if (!sections.length || sections.data('ui-sortable')) {
            return;
        }
        sections.sortable({
            items: '> fieldset.nl-section', handle: '.nl-section-handle', axis: 'y', tolerance: 'pointer',
            update: function () {
                reorderIssue([{name: 'order', value: order(this, 'fieldset.nl-section')}, {name: 'section', value: ''}]);
            }
        });
        sections.find('ol.nl-items').each(function () {
            jQuery(this).sortable({
                items: '> li.nl-item', handle: '.nl-item-handle', axis: 'y', tolerance: 'pointer',
                update: function () {
                    reorderIssue([{name: 'order', value: order(this, 'li.nl-item')}, {name: 'section', value: this.getAttribute('data-section')}]);
                }
            });
        });
    }

    /** Focuses the first of the elements (by id) that the redrawn page has. */
    function focus() {
        for (var i = 0; i < arguments.length; i++) {
            var element = document.getElementById(arguments[i]);
            if (element) {
                element.focus();
                return;
            }
        }
    }

    /** A new issue, once saved, has its own address: a reload opens it again. */
    function saved(args) {
        if (args && args.id && !/[?&]id=/.test(window.location.search)) {
            var search = window.location.search ? window.location.search + '&' : '?';
            window.history.replaceState(null, '', window.location.pathname + search + 'id=' + args.id);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        arm();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () {
                setTimeout(arm, 0);
            });
        }
    });

    return {arm: arm, focus: focus, saved: saved};
}());
