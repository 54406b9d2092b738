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
    var FIELDS = ['title', 'dateline', 'lead', 'body', 'correction'];

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

    /** The rich-text body's editor (Quill, through PrimeFaces' textEditor), once it is there. */
    function quill() {
        try {
            var widget = window.PF && PF('bodyEditor');
            return widget && widget.editor ? widget.editor : null;
        } catch (e) {
            return null;
        }
    }

    function read(name) {
        if (name === 'body') {
            var q = quill();
            if (q) {
                return q.getText().trim() === '' && !q.root.querySelector('img') ? '' : semantic(q);
            }
            var hidden = document.getElementById('editor:body_input');
            return hidden ? hidden.value : '';
        }
        var input = field(name);
        return input ? input.value : '';
    }

    function write(name, value) {
        if (name === 'body') {
            var q = quill();
            if (q) {
                q.setContents([]);
                q.clipboard.dangerouslyPasteHTML(0, value);
            }
            var hidden = document.getElementById('editor:body_input');
            if (hidden) {
                hidden.value = value;
            }
        } else if (field(name)) {
            field(name).value = value;
        }
    }

    function current() {
        var draft = {};
        FIELDS.forEach(function (name) {
            draft[name] = read(name);
        });
        return draft;
    }

    /** Puts the body's HTML into the field the form sends, and marks the text as changed by the person. */
    function sync() {
        var q = quill();
        var hidden = document.getElementById('editor:body_input');
        if (q && hidden && !q.root.getAttribute('data-loading')) {
            hidden.value = q.getText().trim() === '' && !q.root.querySelector('img') ? '' : semantic(q);
        }
    }

    function changed() {
        var dirty = document.getElementById('editor:dirty');
        if (dirty) {
            dirty.value = 'true';
        }
    }

    function keep() {
        changed();
        sync();
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
            if (typeof draft[name] === 'string') {
                write(name, draft[name]);
            }
        });
        changed();
        var notice = document.getElementById('draft-notice');
        var words = form().getAttribute('data-restored') || 'Your unsaved text from {0} was restored. Save it to keep it.';
        document.getElementById('draft-notice-text').textContent = words.replace('{0}', new Date(draft.keptAt).toLocaleString());
        notice.hidden = false;
        document.getElementById('draft-discard').onclick = function () {
            localStorage.removeItem(k);
            window.location.reload();
        };
    }

    /** Labels Quill's own parts for assistive technology: the editable area by the field's label. */
    function label(q) {
        q.root.setAttribute('role', 'textbox');
        q.root.setAttribute('aria-multiline', 'true');
        q.root.setAttribute('aria-labelledby', 'body-label');
        q.root.id = q.root.id || 'editor-body-text';
    }

    /**
     * The body's HTML as readers get it: Quill's semantic HTML (its lists as ul and ol, not its own
     * markup), which PrimeFaces' widget then sends; spaces are spaces.
     */
    function semantic(q) {
        var html = typeof q.getSemanticHTML === 'function' ? q.getSemanticHTML() : q.root.innerHTML;
        html = html.replace(/&nbsp;/g, ' ');
        return html === '<p></p>' || html === '<p><br></p>' ? '' : html;
    }

    /** Gives the parts PrimeFaces draws without names or with roles they cannot keep their names, labels. */
    function accessible() {
        document.querySelectorAll('#editor input[type=file][aria-hidden]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
        document.querySelectorAll('#editor .ui-autocomplete-multiple-container[role]').forEach(function (list) {
            list.removeAttribute('role');
            list.removeAttribute('aria-orientation');
        });
        var body = document.getElementById('editor:body');
        if (body && body.getAttribute('role')) {
            body.setAttribute('aria-labelledby', 'body-label');
        }
    }

    function watch() {
        accessible();
        FIELDS.forEach(function (name) {
            var input = name === 'body' ? null : field(name);
            if (input && !input.getAttribute('data-watched')) {
                input.setAttribute('data-watched', 'true');
                input.addEventListener('input', keep);
            }
        });
        var q = quill();
        if (q && !q.root.getAttribute('data-watched')) {
            q.root.setAttribute('data-watched', 'true');
            label(q);
            // Tab leaves the text for the next field, as everywhere else on the page: no keyboard trap
            // (Quill would insert a tab or indent); a list is indented with the toolbar instead.
            Object.keys(q.keyboard.bindings).forEach(function (k) {
                if (k === 'Tab' || k === '9') {
                    q.keyboard.bindings[k] = [];
                }
            });
            var widget = PF('bodyEditor');
            widget.getEditorValue = function () {
                return semantic(q);
            };
            sync();
            q.on('text-change', function (delta, old, source) {
                sync();
                if (source === 'user') {
                    keep();
                }
            });
        }
    }

    /** When the body's editor is ready (PrimeFaces starts it after the page is read): restore, then watch. */
    function whenReady(then) {
        var tries = 0;
        (function wait() {
            if (quill() || !document.getElementById('editor:body') || tries++ > 50) {
                then();
            } else {
                setTimeout(wait, 100);
            }
        })();
    }

    /** Puts an image of the office's library into the text where the cursor is. */
    function insertImage(button) {
        var q = quill();
        if (!q) {
            return;
        }
        var range = q.getSelection(true);
        var at = range ? range.index : q.getLength();
        q.insertEmbed(at, 'image', button.getAttribute('data-src'), 'user');
        var img = q.root.querySelector('img[src="' + button.getAttribute('data-src') + '"]:not([alt])');
        if (img) {
            img.setAttribute('alt', button.getAttribute('data-alt') || '');
        }
        q.setSelection(at + 1, 0, 'user');
        keep();
    }

    /** Sends with the given remote command if the sign-in holds; otherwise goes through sign-in first. */
    function send(command) {
        sync();
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
            whenReady(function () {
                restore();
                watch();
            });
            if (window.jQuery) {
                jQuery(document).on('pfAjaxComplete', accessible);
            }
            // whatever sends the form (a button, a key), the body's latest text goes with it
            form().addEventListener('click', sync, true);
            form().addEventListener('keydown', sync, true);
        }
    });

    return {send: send, saved: saved, watch: watch, insertImage: insertImage, read: read};
})();
