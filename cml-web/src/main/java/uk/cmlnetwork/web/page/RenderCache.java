package uk.cmlnetwork.web.page;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a view-scoped page reads from the database for one render: an EL expression is evaluated
 * several times while a page renders (rendered= and value=), and each would query again. A page
 * calls {@link #forgetOnPostback()} before it renders (f:event preRenderView), so a form post shows
 * fresh data, while the first GET keeps what its view action loaded.
 */
public final class RenderCache implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Map<String, Optional<Object>> values;

    public void forgetOnPostback() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            values = null;
        }
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> load) {
        if (values == null) {
            values = new HashMap<>();
        }
        Optional<Object> value = values.get(key);
        if (value == null) {
            value = Optional.ofNullable(load.get());
            values.put(key, value);
        }
        return (T) value.orElse(null);
    }
}
