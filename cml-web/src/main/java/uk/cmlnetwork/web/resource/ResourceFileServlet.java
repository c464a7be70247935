package uk.cmlnetwork.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceId;
import uk.cmlnetwork.resource.StoredFile;
import uk.cmlnetwork.shared.NotFound;

/**
 * Serves an uploaded resource file at /files/resources/{id}: with the type found in its content
 * when it was uploaded, PDFs and images shown in the browser and everything else downloaded, and
 * a sandbox so that nothing in a file can run as this site.
 */
@WebServlet("/files/resources/*")
public class ResourceFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourcesFacade resources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Resource resource;
        try {
            resource = id.isEmpty() ? null : resources.find(new ResourceId(id));
        } catch (NotFound unknown) {
            resource = null;
        }
        if (resource == null || resource.file() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = resource.file();
        try (InputStream content = resources.openFile(resource)) {
            response.setContentType(file.type().contentType());
            response.setContentLengthLong(file.size());
            response.setHeader("Content-Disposition", (file.type().shownInBrowser() ? "inline" : "attachment")
                    + "; filename=\"" + file.fileName().replaceAll("[^\\x20-\\x7E]", "_") + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
            response.setHeader("Cache-Control", "public, max-age=3600");
            content.transferTo(response.getOutputStream());
        } catch (NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
