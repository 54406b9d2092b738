/*
 * Every change the studio sends carries the session's studio token (StudioGuard refuses it
 * otherwise): scripted requests in a header, forms in a hidden field that every form of the page
 * keeps, including forms that a request has just drawn again. A change refused because the page is
 * out of date (the person signed in again meanwhile) says so and offers to reload the page.
 */
var StudioToken = (function () {
    var NAME = 'dateline.token';

    function value() {
        var meta = document.querySelector('meta[name="dateline-token"]');
        return meta ? meta.getAttribute('content') : null;
    }

    function arm(form) {
        var token = value();
        if (!token || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
            return;
        }
        var field = form.querySelector('input[name="' + NAME + '"]');
        if (!field) {
            field = document.createElement('input');
            field.type = 'hidden';
            field.name = NAME;
            form.appendChild(field);
        }
        field.value = token;
    }

    function armAll() {
        Array.prototype.forEach.call(document.forms, arm);
    }

    function stale(message) {
        var banner = document.getElementById('stale-page');
        if (banner) {
            document.getElementById('stale-page-text').textContent = message;
            banner.hidden = false;
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        armAll();
        new MutationObserver(armAll).observe(document.body, {childList: true, subtree: true});
        if (window.jQuery) {
            // PrimeFaces sends its requests with jQuery's global events off, and says so with its own.
            jQuery(document).on('ajaxSend pfAjaxSend', function (event, xhr) {
                var token = value();
                if (token) {
                    xhr.setRequestHeader('X-Dateline-Token', token);
                }
            });
            jQuery(document).on('ajaxError pfAjaxError', function (event, xhr) {
                if (xhr.status === 403) {
                    var banner = document.getElementById('stale-page');
                    stale(xhr.responseText || (banner && banner.getAttribute('data-refused')) || '');
                }
            });
        }
    });

    return {value: value, stale: stale};
})();

/*
 * The story editor keeps an unsaved copy of the text in the browser (localStorage), written on
 * every keystroke and removed once the server has saved the text. If the sign-in has lapsed, the
 * editor notices before it sends anything and reloads its page, which goes through sign-in and
 * comes back here; the copy is then put back into the fields. Nothing typed is lost.
 */
var Studio = (function () {
    var FIELDS = ['title', 'dateline', 'lead', 'body'];

    function form() {
        return document.getElementById('editor');
    }

    function key() {
        var f = form();
        return f ? f.getAttribute('data-draft-key') : null;
    }

    function field(name) {
        return document.getElementById('editor:' + name);
    }

    function current() {
        var draft = {};
        FIELDS.forEach(function (name) {
            var input = field(name);
            draft[name] = input ? input.value : '';
        });
        return draft;
    }

    function keep() {
        var k = key();
        if (!k) {
            return;
        }
        var draft = current();
        draft.keptAt = new Date().toISOString();
        localStorage.setItem(k, JSON.stringify(draft));
    }

    function differs(draft) {
        var now = current();
        return FIELDS.some(function (name) {
            return (draft[name] || '') !== (now[name] || '');
        });
    }

    function restore() {
        var k = key();
        if (!k) {
            return;
        }
        var stored = localStorage.getItem(k);
        if (!stored) {
            return;
        }
        var draft = JSON.parse(stored);
        if (!differs(draft)) {
            localStorage.removeItem(k);
            return;
        }
        FIELDS.forEach(function (name) {
            if (field(name) && typeof draft[name] === 'string') {
                field(name).value = draft[name];
            }
        });
        var notice = document.getElementById('draft-notice');
        document.getElementById('draft-notice-text').textContent = 'Your unsaved text from '
            + new Date(draft.keptAt).toLocaleString() + ' was restored. Save it to keep it.';
        notice.hidden = false;
        document.getElementById('draft-discard').onclick = function () {
            localStorage.removeItem(k);
            window.location.reload();
        };
    }

    function watch() {
        FIELDS.forEach(function (name) {
            var input = field(name);
            if (input && !input.getAttribute('data-watched')) {
                input.setAttribute('data-watched', 'true');
                input.addEventListener('input', keep);
            }
        });
    }

    /** Sends with the given remote command if the sign-in holds; otherwise goes through sign-in first. */
    function send(command) {
        keep();
        fetch(form().getAttribute('data-signed-in-check') || 'signed-in', {redirect: 'manual', cache: 'no-store', credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 204) {
                    window[command]();
                } else {
                    window.location.reload();
                }
            })
            .catch(function () {
                window.location.reload();
            });
    }

    /** After a save: the server has the text, so the unsaved copy goes; a new story now has its address. */
    function saved(args) {
        if (args && args.saved) {
            var k = key() || '';
            localStorage.removeItem(k.substring(0, k.lastIndexOf('.') + 1) + 'new');
            localStorage.removeItem(key());
            document.getElementById('draft-notice').hidden = true;
            if (args.storyId && !/[?&]id=/.test(window.location.search)) {
                history.replaceState(null, '', window.location.pathname + '?id=' + args.storyId);
            }
        }
        watch();
    }

    /** What the keys of the signed-in person's unsaved copies begin with. */
    function personPrefix() {
        var meta = document.querySelector('meta[name="dateline-person"]');
        return meta && meta.getAttribute('content') ? 'dateline.draft.' + meta.getAttribute('content') + '.' : null;
    }

    /** The keys of the signed-in person's unsaved copies in this browser. */
    function personsDrafts() {
        var prefix = personPrefix();
        var keys = [];
        for (var i = 0; prefix && i < localStorage.length; i++) {
            if (localStorage.key(i).indexOf(prefix) === 0) {
                keys.push(localStorage.key(i));
            }
        }
        return keys;
    }

    /**
     * Signing out removes the person's unsaved copies from this browser, so that whoever uses it
     * next cannot read them; a person with unsaved text is asked first, in the studio's language
     * (the form's data-confirm-one and data-confirm-many, where {0} is the number of stories).
     */
    function signingOut(event) {
        var drafts = personsDrafts();
        var form = event.currentTarget;
        var question = drafts.length === 1 ? form.getAttribute('data-confirm-one')
            : String(form.getAttribute('data-confirm-many')).replace('{0}', String(drafts.length));
        if (drafts.length > 0 && !window.confirm(question)) {
            event.preventDefault();
            return;
        }
        drafts.forEach(function (k) {
            localStorage.removeItem(k);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var signOut = document.getElementById('sign-out-form');
        if (signOut) {
            signOut.addEventListener('submit', signingOut);
        }
        if (form()) {
            restore();
            watch();
        }
    });

    return {send: send, saved: saved};
})();
