package org.dateline.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.dateline.web.site.AcceptEncoding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The API's answers, gzip-compressed on their way out for clients that take gzip (JSON compresses
 * to a fraction: a list of stories repeats its field names in every entry). Every answer with a
 * body says {@code Vary: Accept-Encoding}, so that caches keep the two encodings apart.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class Compression implements WriterInterceptor {

    @Context
    HttpHeaders request;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        MultivaluedMap<String, Object> headers = context.getHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (headers.containsKey(HttpHeaders.CONTENT_ENCODING)
                || !AcceptEncoding.takesGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            context.proceed();
            return;
        }
        headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        OutputStream plain = context.getOutputStream();
        GZIPOutputStream compressed = new GZIPOutputStream(plain, 8192);
        context.setOutputStream(compressed);
        try {
            context.proceed();
        } finally {
            compressed.finish();
            context.setOutputStream(plain);
        }
    }
}
