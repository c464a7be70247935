package uk.cmlnetwork.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvents;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NetworkTime;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Topic;
import uk.cmlnetwork.shared.Topics;

/**
 * The network's resources page: publishing resources (a web address or an uploaded file) and
 * finding them. The caller owns the transaction.
 */
public class ResourceLibrary {
    /** How far ahead "closing soon" looks. */
    public static final int CLOSING_SOON_DAYS = 28;

    private final Resources resources;
    private final Topics topics;
    private final NetworkEvents events;
    private final ResourceFiles files;
    private final InputCheck inputCheck;
    private final Clock clock;

    public ResourceLibrary(Resources resources, Topics topics, NetworkEvents events, ResourceFiles files,
                           InputCheck inputCheck, Clock clock) {
        this.resources = resources;
        this.topics = topics;
        this.events = events;
        this.files = files;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    public Resource publish(PublishResource details) {
        return publish(details, Upload.NONE);
    }

    /**
     * Publishes a resource with either a web address or an uploaded file. Every problem with the
     * form is reported at once; nothing is stored unless all is well. The file is written before
     * the row, so a failed transaction can leave an unused file behind but never a row without its file.
     */
    public Resource publish(PublishResource details, Upload upload) {
        Map<String, String> problems = problemsOf(details);
        FileType type = checkSource(details, upload, problems);
        checkFunding(details, problems);
        if (details.eventId() != null && events.find(new EventId(details.eventId())).isEmpty()) {
            problems.put("eventId", "Choose the related event from the list");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Topic> found = topics.chosen(details.topicCodes());
        StoredFile file = type == null ? null : keep(upload, type);
        Resource resource = new Resource(ResourceId.newId(), details, found, clock.instant(), file);
        resources.store(resource);
        return resource;
    }

    /**
     * A coordinator corrects a resource: every problem at once, as when it was published. An uploaded
     * file stays (to replace it, withdraw the resource and add it again); a linked resource keeps a web
     * address; one made from a question keeps linking to it.
     */
    public Resource change(ResourceId id, PublishResource details) {
        Resource resource = find(id);
        Map<String, String> problems = problemsOf(details);
        if (resource.file() != null && details.url() != null) {
            problems.put("url", "This resource is an uploaded file: leave the web address empty, or withdraw it and add it again");
        } else if (resource.file() == null && resource.questionId() == null && details.url() == null) {
            problems.put("url", "Enter the address of the resource");
        }
        checkFunding(details, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        resource.change(details, resource.eventId() != null && details.topicCodes().isEmpty() ? resource.topics()
                : topics.chosen(details.topicCodes()));
        return resource;
    }

    /**
     * Withdraws a resource: it leaves every list and its page, and its uploaded file is deleted. The row
     * goes first and the file last, so a file that cannot be deleted is left unused, never listed.
     */
    public void withdraw(ResourceId id) {
        Resource resource = find(id);
        resources.remove(resource);
        if (resource.file() != null) {
            try {
                files.delete(resource.file().key());
            } catch (IOException e) {
                System.getLogger(ResourceLibrary.class.getName()).log(System.Logger.Level.WARNING,
                        "The withdrawn resource's file " + resource.file().key() + " could not be deleted; it is unused", e);
            }
        }
    }

    /**
     * A resource made from a solved question of Ask the network, listed at once (a coordinator makes it),
     * linking to the question.
     */
    public Resource publishFromQuestion(String questionId, String title, String summary, List<Topic> topicsOfIt) {
        Resource resource = Resource.fromQuestion(ResourceId.newId(), questionId, title, summary, topicsOfIt, clock.instant());
        resources.store(resource);
        return resource;
    }

    /** The form's own problems (a title, a kind, an https address...), to report with the others at once. */
    private Map<String, String> problemsOf(PublishResource details) {
        return inputCheck.problems(details);
    }

    private FileType checkSource(PublishResource details, Upload upload, Map<String, String> problems) {
        if (upload.isEmpty()) {
            if (details.url() == null) {
                problems.put("url", "Enter the address of the resource, or choose a file to upload");
            }
            return null;
        }
        if (details.url() != null) {
            problems.put("url", "Give either a web address or a file, not both");
            return null;
        }
        if (upload.content().length > Upload.MAX_BYTES) {
            problems.put("file", "The file is larger than 15 MB: make it smaller, or put it online and give its address");
            return null;
        }
        if (upload.content().length == 0) {
            problems.put("file", "The file is empty: choose the file again");
            return null;
        }
        try {
            return FileType.of(upload.fileName(), upload.content());
        } catch (InvalidInput refused) {
            problems.putAll(refused.problems());
            return null;
        }
    }

    private static void checkFunding(PublishResource details, Map<String, String> problems) {
        FundingDetails funding = details.funding();
        if (details.kind() != ResourceKind.FUNDING_OPPORTUNITY) {
            if (!funding.isEmpty()) {
                problems.put("funder", "Funder, amounts, who can apply and closing date are only for funding"
                        + " opportunities: choose that kind, or clear them");
            }
            return;
        }
        if (funding.funder() == null || funding.funder().isBlank()) {
            problems.put("funder", "Enter who offers the funding");
        }
        if (funding.amountFrom() != null && funding.amountTo() != null && funding.amountFrom() > funding.amountTo()) {
            problems.put("amountTo", "The largest amount must be at least the smallest amount");
        }
    }

    private StoredFile keep(Upload upload, FileType type) {
        if (!files.keepsFiles()) {
            throw new DomainException("This installation has no folder for uploaded files: give a web address instead");
        }
        String key = UUID.randomUUID().toString();
        try {
            files.save(key, upload.content());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the uploaded file", e);
        }
        return new StoredFile(key, cleanName(upload.fileName()), type, upload.content().length);
    }

    /** The name shown and offered on download: no folders, no control or quote characters. */
    static String cleanName(String fileName) {
        String name = fileName.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public List<Resource> newest(int limit) {
        return resources.newest(limit);
    }

    /** Search across titles, summaries and topics, with filters; newest first; closed funding left out unless asked. */
    public List<Resource> search(ResourceSearch search) {
        return resources.search(search, today());
    }

    /** Funding opportunities closing in the next four weeks, soonest first. */
    public List<Resource> closingSoon() {
        LocalDate today = today();
        return resources.fundingClosingBetween(today, today.plusDays(CLOSING_SOON_DAYS));
    }

    public List<Resource> publishedSince(java.time.Instant since) {
        return resources.publishedSince(since);
    }

    public Resource find(ResourceId id) {
        return resources.find(id).orElseThrow(() -> new NotFound("resource", id.value()));
    }

    /** A resource's uploaded file, opened for reading; the caller closes it. */
    public InputStream openFile(Resource resource) {
        if (resource.file() == null) {
            throw new NotFound("file of resource", resource.id().value());
        }
        try {
            return files.open(resource.file().key());
        } catch (IOException missing) {
            throw new NotFound("file of resource", resource.id().value());
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(NetworkTime.LONDON));
    }
}
