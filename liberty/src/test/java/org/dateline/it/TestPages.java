package org.dateline.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only: pages a test puts here ({@code PUT /test/pages/<name>}) and a browser then opens on the
 * server's own origin ({@code GET /test/pages/<name>}), as a page of the same site that an attacker
 * could have filled (a reader page, say) would be.
 */
@WebServlet("/pages/*")
public class TestPages extends HttpServlet {

    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PAGES.put(request.getPathInfo(), new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = PAGES.get(request.getPathInfo());
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print(page);
    }
}
