package uk.cmlnetwork.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;

/** A file a member downloads (their data, a member list, a calendar): UTF-8, saved under a name, never cached. */
public final class Downloads {
    private Downloads() {
    }

    public static void prepare(HttpServletResponse response, String contentType, String fileName) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
    }
}
