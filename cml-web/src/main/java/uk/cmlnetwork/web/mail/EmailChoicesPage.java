package uk.cmlnetwork.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.news.Frequency;
import uk.cmlnetwork.news.NewsKind;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;

/**
 * A member chooses, for each kind of news, at once, daily, weekly or never (only at once or never for
 * reminders and changes to their events). Reached from the link at the
 * end of every news email (signed: no sign-in needed) or, signed in, from their account.
 */
@Named
@ViewScoped
public class EmailChoicesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EmailChoicesFacade emails;

    @Inject
    CurrentMember current;

    private String member;
    private String key;
    private String whose; // the member's id: the page's state stays plain strings
    private String refusal;
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        if ((member == null || member.isBlank()) && !current.isSignedIn()) {
            return; // the page offers to sign in
        }
        try {
            whose = emails.whose(member, key).value();
            emails.choices(new MemberId(whose)).forEach((kind, frequency) -> choices.put(kind.name(), frequency.name()));
        } catch (DomainException refused) {
            refusal = refused.getMessage();
        }
    }

    public String save() {
        if (whose == null) {
            return null;
        }
        // Plain GOV.UK radios, named choices:KIND: read from the request rather than bound components.
        Map<String, String> sent = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        Map<NewsKind, Frequency> chosen = new EnumMap<>(NewsKind.class);
        Map<String, String> missing = new LinkedHashMap<>();
        for (NewsKind kind : NewsKind.values()) {
            String value = sent.get("choices:" + kind.name());
            choices.put(kind.name(), value);
            try {
                chosen.put(kind, Frequency.valueOf(String.valueOf(value)));
            } catch (IllegalArgumentException none) {
                missing.put(kind.name(), "Choose how often you hear of " + kind.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        try {
            Map<String, String> unoffered = NewsKind.problemsWith(chosen);
            if (!missing.isEmpty() || !unoffered.isEmpty()) {
                Map<String, String> all = new LinkedHashMap<>(); // every problem, in the page's order
                for (NewsKind kind : NewsKind.values()) {
                    String problem = missing.getOrDefault(kind.name(), unoffered.get(kind.name()));
                    if (problem != null) {
                        all.put(kind.name(), problem);
                    }
                }
                throw new InvalidInput(all);
            }
            emails.choose(new MemberId(whose), chosen);
        } catch (InvalidInput refused) {
            problems.putAll(refused.problems());
            Map<String, String> fields = new HashMap<>();
            for (NewsKind kind : NewsKind.values()) {
                fields.put(kind.name(), kind.name() + "-" + kind.offered().get(0).name());
            }
            Pages.showProblems(refused, fields);
            return null;
        }
        Pages.showInfo("Your email choices are saved");
        return null;
    }

    public List<NewsKind> getKinds() {
        return List.of(NewsKind.values());
    }

    public boolean isReady() {
        return whose != null;
    }

    public String getRefusal() { return refusal; }
    public Map<String, String> getChoices() { return choices; }
    public Map<String, String> getProblems() { return problems; }
    public String getMember() { return member; }
    public void setMember(String member) { this.member = member; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
