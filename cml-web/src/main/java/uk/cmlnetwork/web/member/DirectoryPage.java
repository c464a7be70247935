package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.cmlnetwork.advice.ListedMember;
import uk.cmlnetwork.advice.MemberDirectory;
import uk.cmlnetwork.advice.MemberDirectoryQuery;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.page.QueryValues;

/**
 * The member directory, for signed-in members: only those who chose to be listed, searched by words,
 * region, regional group, library type and experience, a page of {@link MemberDirectory#PAGE_SIZE} at a
 * time, or of those who show it, by category. The search is in the address
 * (?q=&amp;region=&amp;group=&amp;type=&amp;topic=&amp;category=&amp;page=).
 */
@Named
@RequestScoped
public class DirectoryPage {
    @Inject
    MembersFacade members;

    private String q;
    private String region;
    private String group;
    private String type;
    private String topic;
    private String category;
    private int page = 1;
    private MemberDirectoryQuery query = MemberDirectoryQuery.ANYONE;
    private List<ListedMember> found;
    private List<RegionalGroup> groups;
    private List<Topic> topics;

    /** Reads the directory before the page is written, so a refusal shows at the top of the page. */
    public void load() {
        // A member who has not confirmed their email address is told to, and sees nobody.
        query = new MemberDirectoryQuery(q, QueryValues.known(Region.class, region),
                group == null || group.isBlank() ? null : group, QueryValues.known(ManagementType.class, type),
                topic == null || topic.isBlank() ? null : topic, QueryValues.known(MemberCategory.class, category));
        MemberDirectoryQuery asked = query;
        found = Objects.requireNonNullElse(Pages.attempt(Map.of(), () -> members.directory(asked)), List.of());
        groups = members.regionalGroups();
        topics = members.topics();
        page = Math.max(1, Math.min(page, getPages()));
    }

    /** The members on this page. */
    public List<ListedMember> getMembers() {
        int from = (page - 1) * MemberDirectory.PAGE_SIZE;
        return from >= found.size() ? List.of() : found.subList(from, Math.min(found.size(), from + MemberDirectory.PAGE_SIZE));
    }

    public int getFound() {
        return found == null ? 0 : found.size();
    }

    public int getPages() {
        return Math.max(1, (getFound() + MemberDirectory.PAGE_SIZE - 1) / MemberDirectory.PAGE_SIZE);
    }

    public boolean isFiltered() {
        return !query.isEmpty();
    }

    public String getPreviousPage() {
        return pageLink(page - 1);
    }

    public String getNextPage() {
        return pageLink(page + 1);
    }

    private String pageLink(int to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("region", region);
        params.put("group", group);
        params.put("type", type);
        params.put("topic", topic);
        params.put("category", category);
        StringBuilder link = new StringBuilder("directory.xhtml?page=").append(to);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }

    public Region[] getRegions() { return Region.values(); }
    public List<ManagementType> getLibraryTypes() {
        return java.util.Arrays.stream(ManagementType.values()).filter(ManagementType::isOpen).toList();
    }
    public List<RegionalGroup> getGroups() { return groups; }
    public List<Topic> getTopics() { return topics; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public MemberCategory[] getCategories() { return MemberCategory.values(); }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
