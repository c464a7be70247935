package uk.cmlnetwork.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.cmlnetwork.library.AssetTransfer;
import uk.cmlnetwork.library.LegalForm;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryProfile;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.NotAllowed;

/** A library's editor (or a coordinator) keeps its profile up to date: manage/library-profile.xhtml?id=... */
@Named
@ViewScoped
public class LibraryProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("name", "profile:name", "address", "profile:address",
                "postcode", "profile:postcode", "website", "profile:website", "contactEmail", "profile:email",
                "volunteers", "profile:volunteers", "services", "profile:services", "phone", "profile:phone",
                "accessibility", "profile:accessibility", "specialHours", "profile:specialHours"));
        fields.put("model", "profile:model");
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            int row = day.getValue() - 1; // the rows of the days' table, Monday first
            fields.put("staffed-" + day, "profile:days:" + row + ":staffed");
            fields.put("unstaffed-" + day, "profile:days:" + row + ":unstaffed");
        }
        return Map.copyOf(fields);
    }

    /** One day's row of the opening hours form. */
    public static final class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final java.time.DayOfWeek day;
        private String staffed;
        private String unstaffed;

        DayRow(java.time.DayOfWeek day) {
            this.day = day;
        }

        public String getName() { return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK); }
        public String getStaffed() { return staffed; }
        public void setStaffed(String staffed) { this.staffed = staffed; }
        public String getUnstaffed() { return unstaffed; }
        public void setUnstaffed(String unstaffed) { this.unstaffed = unstaffed; }

        uk.cmlnetwork.library.DayHours hours() {
            return new uk.cmlnetwork.library.DayHours(day, staffed, unstaffed);
        }
    }

    @Inject
    ForNextPage forNextPage;

    @Inject
    LibrariesFacade libraries;

    private String id;
    private boolean loaded;
    private boolean communityManaged;
    private String libraryName;
    private String name;
    private String address;
    private String postcode;
    private String website;
    private String email;
    private LibraryStage stage;
    private LegalForm legalForm;
    private AssetTransfer assetTransfer;
    private Integer volunteers;
    private String services;
    private Outcome[] outcomes = new Outcome[0];
    private String[] experience = new String[0];
    private String phone;
    private String accessibility;
    private String specialHours;
    private String model;
    private final List<DayRow> days = java.util.Arrays.stream(java.time.DayOfWeek.values()).map(DayRow::new).toList();

    public void load() {
        Library library;
        try {
            library = libraries.find(new LibraryId(id == null ? "" : id));
        } catch (NotFound unknown) {
            Pages.notFound();
            return;
        }
        if (!libraries.mayEditProfile(library.id())) {
            throw new NotAllowed();
        }
        if (loaded) {
            return; // a postback: keep what was typed, even a field emptied on purpose
        }
        loaded = true;
        communityManaged = library.isCommunityManaged();
        libraryName = library.name();
        name = library.name();
        address = library.address();
        postcode = library.postcode();
        website = library.website();
        email = library.contactEmail();
        stage = library.stage();
        legalForm = library.legalForm();
        assetTransfer = library.assetTransfer();
        volunteers = library.volunteers();
        services = library.services();
        outcomes = library.outcomes().toArray(Outcome[]::new);
        phone = library.phone();
        accessibility = library.accessibility();
        specialHours = library.specialHours();
        model = library.cmlModel();
        for (uk.cmlnetwork.library.OpeningTime time : library.openingTimes()) {
            DayRow row = days.get(time.day().getValue() - 1);
            row.setStaffed(time.staffed());
            row.setUnstaffed(time.unstaffed());
        }
        experience = libraries.experienceOf(library.id()).stream().map(Topic::code).toArray(String[]::new);
    }

    public String save() {
        return Pages.attempt(FIELDS, () -> {
            Set<Outcome> chosen = Arrays.stream(outcomes == null ? new Outcome[0] : outcomes).collect(Collectors.toSet());
            libraries.updateProfile(new LibraryId(id), new LibraryProfile(name, address, postcode, website, email, stage,
                    legalForm, assetTransfer, volunteers, services, chosen, phone, accessibility, specialHours,
                    days.stream().map(DayRow::hours).toList(), model == null ? "" : model),
                    experience == null ? List.of() : Arrays.asList(experience));
            forNextPage.notice("The profile is saved and marked as confirmed today");
            return "/library?faces-redirect=true&id=" + id;
        });
    }

    public LibraryStage[] getStages() { return LibraryStage.values(); }
    public LegalForm[] getLegalForms() { return LegalForm.values(); }
    public AssetTransfer[] getAssetTransfers() { return AssetTransfer.values(); }
    public Outcome[] getAllOutcomes() { return Outcome.values(); }
    public List<Topic> getAllTopics() { return libraries.topics(); }
    public String[] getExperience() { return experience; }
    public void setExperience(String[] experience) { this.experience = experience; }
    public boolean isCommunityManaged() { return communityManaged; }
    public String getLibraryName() { return libraryName; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LibraryStage getStage() { return stage; }
    public void setStage(LibraryStage stage) { this.stage = stage; }
    public LegalForm getLegalForm() { return legalForm; }
    public void setLegalForm(LegalForm legalForm) { this.legalForm = legalForm; }
    public AssetTransfer getAssetTransfer() { return assetTransfer; }
    public void setAssetTransfer(AssetTransfer assetTransfer) { this.assetTransfer = assetTransfer; }
    public Integer getVolunteers() { return volunteers; }
    public void setVolunteers(Integer volunteers) { this.volunteers = volunteers; }
    public String getServices() { return services; }
    public void setServices(String services) { this.services = services; }
    public Outcome[] getOutcomes() { return outcomes; }
    public List<DayRow> getDays() { return days; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getSpecialHours() { return specialHours; }
    public void setSpecialHours(String specialHours) { this.specialHours = specialHours; }
    public void setOutcomes(Outcome[] outcomes) { this.outcomes = outcomes; }
}
