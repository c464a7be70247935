package uk.cmlnetwork.web.resource;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.resource.FundingDetails;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.Upload;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.QueryValues;
import uk.cmlnetwork.web.page.RenderCache;

/**
 * Coordinators add a resource (a web address or an uploaded file), or, with {@code ?id=}, correct or
 * withdraw one: coordinator/add-resource.xhtml.
 */
@Named
@RequestScoped
public class AddResourcePage {
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "resource:title"),
            Map.entry("summary", "resource:summary"), Map.entry("kind", "resource:kind"), Map.entry("url", "resource:url"),
            Map.entry("file", "resource:file"), Map.entry("eventId", "resource:event"),
            Map.entry("funder", "resource:funder"), Map.entry("amountFrom", "resource:amountFrom"),
            Map.entry("amountTo", "resource:amountTo"), Map.entry("eligibility", "resource:eligibility"),
            Map.entry("closesOn", "resource:closesOn"));

    @Inject
    ForNextPage forNextPage;

    @Inject
    ResourcesFacade resources;

    private String id;
    private uk.cmlnetwork.resource.Resource editing;
    private String title;
    private String summary;
    private String kind;
    private String url;
    private Part file;
    private String event;
    private String[] topics = new String[0];
    private String[] outcomes = new String[0];
    private String[] audiences = new String[0];
    private String funder;
    private String amountFrom;
    private String amountTo;
    private String eligibility;
    private String closesOn;
    private final RenderCache shown = new RenderCache();

    /** Opening the page to correct a resource: its details fill the form. */
    public void load() {
        if (getEditing() == null) {
            return;
        }
        var r = editing;
        title = r.title();
        summary = r.summary();
        kind = r.kind().name();
        url = r.url();
        topics = r.topics().stream().map(Topic::code).toArray(String[]::new);
        outcomes = r.outcomes().stream().map(Enum::name).toArray(String[]::new);
        audiences = r.audiences().stream().map(Enum::name).toArray(String[]::new);
        if (r.funding() != null) {
            funder = r.funding().funder();
            amountFrom = r.funding().amountFrom() == null ? null : String.valueOf(r.funding().amountFrom());
            amountTo = r.funding().amountTo() == null ? null : String.valueOf(r.funding().amountTo());
            eligibility = r.funding().eligibility();
            closesOn = r.funding().closesOn() == null ? null : r.funding().closesOn().toString();
        }
    }

    /** The resource being corrected, or null when adding one; an unknown id is a missing page. */
    public uk.cmlnetwork.resource.Resource getEditing() {
        if (id == null) {
            // On a post the forms carry the id in a plain field, read here because the page is built (and
            // its parts shown or not) before the view parameter is set.
            id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        }
        if (editing == null && id != null && !id.isBlank()) {
            try {
                editing = resources.find(new uk.cmlnetwork.resource.ResourceId(id));
            } catch (uk.cmlnetwork.shared.NotFound gone) {
                Pages.notFound();
            }
        }
        return editing;
    }

    public String withdraw() {
        if (getEditing() == null) {
            return null;
        }
        return Pages.attempt(Map.of(), () -> {
            resources.withdraw(editing.id());
            forNextPage.notice("Withdrawn: " + editing.title() + " is no longer on the site"
                    + (editing.file() != null ? ", and its file is deleted" : ""));
            return "/resources?faces-redirect=true";
        });
    }

    public String publish() {
        Map<String, String> problems = new LinkedHashMap<>();
        FundingDetails funding = new FundingDetails(funder, pounds(amountFrom, "amountFrom", "smallest", problems),
                pounds(amountTo, "amountTo", "largest", problems), eligibility, closingDate(problems));
        if (!problems.isEmpty()) {
            Pages.showProblems(new InvalidInput(problems), FIELDS);
            return null;
        }
        PublishResource details = new PublishResource(title, summary, QueryValues.known(ResourceKind.class, kind),
                Arrays.asList(topics), url, chosen(Outcome.class, outcomes), chosen(MemberCategory.class, audiences),
                event, funding);
        if (getEditing() != null) {
            return Pages.attempt(FIELDS, () -> {
                resources.change(editing.id(), details);
                forNextPage.notice("Saved: your changes to " + title.strip() + " are on the resources page");
                return "/resources?faces-redirect=true";
            });
        }
        return Pages.attempt(FIELDS, () -> {
            resources.publish(details, upload());
            forNextPage.notice("Published: " + title.strip() + " is on the resources page");
            return "/resources?faces-redirect=true";
        });
    }

    // Reads one byte more than allowed, so an oversized file is told apart without reading all of it.
    private Upload upload() {
        if (file == null || (file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()))) {
            return Upload.NONE;
        }
        try (InputStream in = file.getInputStream()) {
            return new Upload(file.getSubmittedFileName(), in.readNBytes(Upload.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer pounds(String typed, String field, String which, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replace("£", "").replace(",", "").strip();
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException notANumber) {
            problems.put(field, "Enter the " + which + " amount as a whole number of pounds, like 5000");
            return null;
        }
    }

    private LocalDate closingDate(Map<String, String> problems) {
        if (closesOn == null || closesOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(closesOn.strip());
        } catch (DateTimeParseException notADate) {
            problems.put("closesOn", "Enter the closing date as a real date, like 2027-03-31");
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> chosen(Class<E> type, String[] names) {
        return Arrays.stream(names == null ? new String[0] : names)
                .map(name -> QueryValues.known(type, name))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public Outcome[] getAllOutcomes() {
        return Outcome.values();
    }

    public MemberCategory[] getAllAudiences() {
        return MemberCategory.values();
    }

    public List<Topic> getAllTopics() {
        return shown.get("topics", resources::topics);
    }

    public List<NetworkEvent> getEvents() {
        return shown.get("events", resources::eventsToRelate);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getEvent() { return event; }
    public void setEvent(String event) { this.event = event; }
    public String[] getTopics() { return topics; }
    public void setTopics(String[] topics) { this.topics = topics; }
    public String[] getOutcomes() { return outcomes; }
    public void setOutcomes(String[] outcomes) { this.outcomes = outcomes; }
    public String[] getAudiences() { return audiences; }
    public void setAudiences(String[] audiences) { this.audiences = audiences; }
    public String getFunder() { return funder; }
    public void setFunder(String funder) { this.funder = funder; }
    public String getAmountFrom() { return amountFrom; }
    public void setAmountFrom(String amountFrom) { this.amountFrom = amountFrom; }
    public String getAmountTo() { return amountTo; }
    public void setAmountTo(String amountTo) { this.amountTo = amountTo; }
    public String getEligibility() { return eligibility; }
    public void setEligibility(String eligibility) { this.eligibility = eligibility; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
}
