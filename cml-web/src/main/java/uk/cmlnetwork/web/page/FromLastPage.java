package uk.cmlnetwork.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** What the page before handed to this one ({@link ForNextPage}), taken once for this request. */
@Named
@RequestScoped
public class FromLastPage {
    @Inject
    ForNextPage handedOn;

    private Map<String, Serializable> values;

    public Map<String, Serializable> getValues() {
        if (values == null) {
            // Without a session nothing was handed on; asking the session bean would start one
            // for every visitor who only reads pages.
            boolean inSession = FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
            values = inSession ? handedOn.takeAll() : Map.of();
        }
        return values;
    }

    /** The success banner's text, or null. */
    public String getNotice() {
        return (String) getValues().get(ForNextPage.NOTICE);
    }
}
