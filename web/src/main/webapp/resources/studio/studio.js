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
            localStorage.removeItem('dateline.draft.' + (key() || '').split('.')[2] + '.new');
            localStorage.removeItem(key());
            document.getElementById('draft-notice').hidden = true;
            if (args.storyId && !/[?&]id=/.test(window.location.search)) {
                history.replaceState(null, '', window.location.pathname + '?id=' + args.storyId);
            }
        }
        watch();
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (form()) {
            restore();
            watch();
        }
    });

    return {send: send, saved: saved};
})();
