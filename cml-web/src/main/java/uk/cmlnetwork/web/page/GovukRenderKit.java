package uk.cmlnetwork.web.page;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import java.util.Iterator;

/**
 * The server's HTML render kit with GOV.UK checkboxes and radios ({@link GovukChoices}) in place of Faces'
 * own. A factory rather than a faces-config renderer, because {@link GovukChoices} hands reading and
 * converting the values back to the renderer it replaces, which only the wrapped kit still knows.
 */
public final class GovukRenderKit extends RenderKitWrapper {
    private static final String CHECKBOXES = "jakarta.faces.SelectMany/jakarta.faces.Checkbox";
    private static final String RADIOS = "jakarta.faces.SelectOne/jakarta.faces.Radio";

    GovukRenderKit(RenderKit serversOwn) {
        super(serversOwn);
    }

    @Override
    public Renderer getRenderer(String family, String rendererType) {
        Renderer own = super.getRenderer(family, rendererType);
        String which = family + "/" + rendererType;
        if (own == null || !(CHECKBOXES.equals(which) || RADIOS.equals(which))) {
            return own;
        }
        return new GovukChoices(own, CHECKBOXES.equals(which));
    }

    /** Registered in faces-config.xml: hands out the HTML kit wrapped, every other kit as it is. */
    public static final class Factory extends RenderKitFactory {
        private volatile RenderKit html;

        public Factory(RenderKitFactory serversOwn) {
            super(serversOwn);
        }

        @Override
        public void addRenderKit(String renderKitId, RenderKit renderKit) {
            getWrapped().addRenderKit(renderKitId, renderKit);
        }

        @Override
        public Iterator<String> getRenderKitIds() {
            return getWrapped().getRenderKitIds();
        }

        @Override
        public RenderKit getRenderKit(FacesContext context, String renderKitId) {
            RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
            if (!RenderKitFactory.HTML_BASIC_RENDER_KIT.equals(renderKitId) || kit == null) {
                return kit;
            }
            RenderKit wrapped = html;
            if (wrapped == null || ((GovukRenderKit) wrapped).getWrapped() != kit) {
                wrapped = new GovukRenderKit(kit);
                html = wrapped;
            }
            return wrapped;
        }
    }
}
