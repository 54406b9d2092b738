package org.dateline.web.site;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageKeyTest {

    /** A request with this query string, its parameters read as a servlet container reads them (the first of each name). */
    static HttpServletRequest query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(PageKeyTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getQueryString" -> query;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void parametersAPageDoesNotReadAreNotInItsKey() {
        assertThat(PageKey.listing("san-jose /san-jose/", query("x=1&utm_source=mail&jakarta.faces.ViewState=abc")).text())
                .isEqualTo(PageKey.listing("san-jose /san-jose/", query("")).text())
                .isEqualTo("san-jose /san-jose/");
        assertThat(PageKey.of("san-jose /san-jose/feed.rss").parameters()).isEmpty();
    }

    @Test
    void anUnreadableCursorIsTheFirstPageAndAReadableOneIsKeptInItsOwnForm() {
        for (String garbage : new String[]{"before=garbage", "before=1-", "before=-1-2", "before=99999999999999999999-1", "before="}) {
            PageKey key = PageKey.listing("georgetown /georgetown/", query(garbage));
            assertThat(key.text()).as(garbage).isEqualTo("georgetown /georgetown/");
            assertThat(key.parameters()).as(garbage).isEmpty();
        }
        PageKey older = PageKey.listing("georgetown /georgetown/", query("before=001591876800000-0042&x=y"));
        assertThat(older.text()).isEqualTo("georgetown /georgetown/?before=1591876800000-42");
        assertThat(older.parameters()).containsExactly(Map.entry("before", "001591876800000-0042"));
    }

    @Test
    void searchesAreKeyedByTheSearchAsItIsRunAndKeptApart() {
        PageKey typed = PageKey.search("san-jose /san-jose/search", query("q=%20migrantes%20&page=1&x=1&size=500"));
        PageKey plain = PageKey.search("san-jose /san-jose/search", query("q=migrantes"));
        assertThat(typed.search()).isTrue();
        assertThat(typed.text()).isEqualTo(plain.text());
        assertThat(PageKey.search("s /", query("q=migrantes&year=20x0&language=EN!&page=zz")).text())
                .isEqualTo(PageKey.search("s /", query("q=migrantes")).text());
        assertThat(PageKey.search("s /", query("q=a&topic=Health&year=2020&language=es&page=2")).text())
                .isEqualTo("s /?q=a&topic=Health&year=2020&language=es&page=2");
        assertThat(PageKey.search("s /", query("q=a&page=2")).text()).isNotEqualTo(PageKey.search("s /", query("q=a")).text());
    }

    @Test
    void thePageSeesOnlyTheParametersOfItsKey() {
        HttpServletRequest shown = PageKey.listing("s /", query("before=1591876800000-42&jakarta.faces.ViewState=x&evil=1"))
                .shownTo(query("before=1591876800000-42&jakarta.faces.ViewState=x&evil=1"));
        assertThat(shown.getParameter("before")).isEqualTo("1591876800000-42");
        assertThat(shown.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(shown.getParameter("evil")).isNull();
        assertThat(shown.getParameterMap()).containsOnlyKeys("before");
        assertThat(shown.getQueryString()).isEqualTo("before=1591876800000-42");
        assertThat(PageKey.of("s /robots.txt").shownTo(query("a=b")).getQueryString()).isNull();
    }
}
