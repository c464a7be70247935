package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.library.Outcome;
import uk.cmlnetwork.member.MemberCategory;
import uk.cmlnetwork.resource.FileType;
import uk.cmlnetwork.resource.FundingDetails;
import uk.cmlnetwork.resource.PublishResource;
import uk.cmlnetwork.resource.Resource;
import uk.cmlnetwork.resource.ResourceKind;
import uk.cmlnetwork.resource.ResourceSearch;
import uk.cmlnetwork.resource.Upload;
import uk.cmlnetwork.shared.InvalidInput;

/** Resources: uploaded files checked by content, funding with closing dates, outcomes and audiences. */
abstract class ResourcesContract extends NetworkFixture {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path files;

    private static PublishResource titled(String title, ResourceKind kind, String url) {
        return new PublishResource(title, null, kind, List.of(), url);
    }

    private static PublishResource funding(String title, FundingDetails details) {
        return new PublishResource(title, "Grants for small groups.", ResourceKind.FUNDING_OPPORTUNITY, List.of(),
                "https://funder.example.org/" + title.length(), Set.of(), Set.of(), null, details);
    }

    private int stored() {
        return network.inTransaction(s -> s.resourceLibrary().newest(100)).size();
    }

    @Test
    void keepsAnUploadedFileWhoseContentIsWhatItsNameSays() throws IOException {
        network.keepFilesIn(files);
        Resource handout = network.inTransaction(s -> s.resourceLibrary().publish(
                titled("Volunteer rota template", ResourceKind.TEMPLATE, null), new Upload("C:\\Users\\sam\\rota \"v2\".pdf", PDF)));
        Resource read = network.inTransaction(s -> s.resourceLibrary().find(handout.id()));
        assertNull(read.url());
        assertEquals("rota v2.pdf", read.file().fileName(), "no folders or quotes from the uploader's machine");
        assertEquals(FileType.PDF, read.file().type());
        assertEquals(PDF.length, read.file().size());
        try (InputStream in = network.inTransaction(s -> s.resourceLibrary().openFile(read))) {
            assertArrayEquals(PDF, in.readAllBytes());
        }
        try (var inFolder = Files.list(files)) {
            assertEquals(List.of(read.file().key()), inFolder.map(p -> p.getFileName().toString()).toList(),
                    "kept under a key of ours, not the uploaded name");
        }
    }

    @Test
    void refusesDisguisedOversizedOrMissingFilesAndKeepsNothing() {
        network.keepFilesIn(files);
        PublishResource template = titled("Rota", ResourceKind.TEMPLATE, null);
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("The file is called rota.pdf but its content is not a PDF: choose the right file, or save it again as a PDF",
                refusal(template, new Upload("rota.pdf", page)).get("file"));
        assertTrue(refusal(template, new Upload("setup.exe", new byte[] {'M', 'Z', 0})).get("file").startsWith("Upload a PDF"));
        assertTrue(refusal(template, new Upload("big.pdf", new byte[Upload.MAX_BYTES + 1])).get("file").contains("15 MB"));
        assertEquals("The file is empty: choose the file again", refusal(template, new Upload("empty.pdf", new byte[0])).get("file"));
        assertEquals("Enter the address of the resource, or choose a file to upload", refusal(template, Upload.NONE).get("url"));
        assertEquals("Give either a web address or a file, not both", refusal(
                titled("Rota", ResourceKind.TEMPLATE, "https://example.org/rota"), new Upload("rota.pdf", PDF)).get("url"));
        assertEquals(0, stored());
        assertEquals(0, files.toFile().list() == null ? 0 : files.toFile().list().length, "no file kept for a refused form");
    }

    @Test
    void refusesUploadsWhenNoFolderIsSet() {
        assertThrows(RuntimeException.class, () -> network.inTransaction(s -> s.resourceLibrary().publish(
                titled("Rota", ResourceKind.TEMPLATE, null), new Upload("rota.pdf", PDF))));
        assertEquals(0, stored());
    }

    private java.util.Map<String, String> refusal(PublishResource details, Upload upload) {
        return assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.resourceLibrary()
                .publish(details, upload))).problems();
    }

    @Test
    void fundingClosedDropsOutOfTheDefaultViewAndClosingSoonListsTheNextFourWeeks() {
        LocalDate today = LocalDate.of(2026, 3, 1); // the fixture's clock
        network.inTransaction(s -> s.resourceLibrary().publish(funding("Soon fund",
                new FundingDetails("Community Fund", 500, 10_000, "Constituted groups", today.plusDays(9)))));
        network.inTransaction(s -> s.resourceLibrary().publish(funding("Later fund",
                new FundingDetails("Arts Council", null, 15_000, null, today.plusDays(60)))));
        network.inTransaction(s -> s.resourceLibrary().publish(funding("Rolling fund",
                new FundingDetails("Local Trust", 1_000, null, null, null))));
        network.inTransaction(s -> s.resourceLibrary().publish(funding("Closed fund",
                new FundingDetails("Old Trust", null, null, null, today.minusDays(1)))));
        network.inTransaction(s -> s.resourceLibrary().publish(funding("Closes today fund",
                new FundingDetails("Today Trust", null, null, null, today))));

        List<String> shown = titles(new ResourceSearch(null, ResourceKind.FUNDING_OPPORTUNITY, null, null, null, false, 50));
        assertEquals(Set.of("Soon fund", "Later fund", "Rolling fund", "Closes today fund"), Set.copyOf(shown));
        assertEquals(5, titles(new ResourceSearch(null, null, null, null, null, true, 50)).size());
        assertEquals(List.of("Closes today fund", "Soon fund"),
                network.inTransaction(s -> s.resourceLibrary().closingSoon()).stream().map(Resource::title).toList());
        Resource soon = network.inTransaction(s -> s.resourceLibrary().closingSoon()).get(1);
        assertEquals("£500 to £10,000", soon.funding().amountRange());
        assertEquals("Constituted groups", soon.funding().eligibility());
        assertEquals("up to £15,000", network.inTransaction(s -> s.resourceLibrary()
                .search(new ResourceSearch("later", null, null, 5))).get(0).funding().amountRange());
    }

    @Test
    void aCoordinatorCorrectsAResourceEveryProblemAtOnceAndWithdrawingOneDeletesItsFile() throws IOException {
        network.keepFilesIn(files);
        Resource handout = network.inTransaction(s -> s.resourceLibrary().publish(
                titled("Rota template", ResourceKind.TEMPLATE, null), new Upload("rota.pdf", PDF)));
        Resource fund = network.inTransaction(s -> s.resourceLibrary().publish(funding("Spaces fund",
                new FundingDetails("Trust", null, null, null, null))));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.resourceLibrary().change(fund.id(),
                new PublishResource(" ", null, ResourceKind.FUNDING_OPPORTUNITY, List.of(), "http://funder.example.org", Set.of(),
                        Set.of(), null, new FundingDetails(" ", 900, 100, null, null)))));
        assertEquals(Set.of("title", "url", "funder", "amountTo"), refused.problems().keySet(), "every problem at once");
        assertEquals("Spaces fund", network.inTransaction(s -> s.resourceLibrary().find(fund.id())).title(), "nothing saved");
        network.inTransaction(s -> s.resourceLibrary().change(fund.id(), funding("Spaces fund, round two",
                new FundingDetails("Trust", 100, 900, "Charities", null))));
        Resource changed = network.inTransaction(s -> s.resourceLibrary().find(fund.id()));
        assertEquals("Spaces fund, round two", changed.title());
        assertEquals("Charities", changed.funding().eligibility());
        assertEquals(fund.publishedAt(), changed.publishedAt(), "still published when it was");

        InvalidInput staysAFile = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.resourceLibrary()
                .change(handout.id(), titled("Rota", ResourceKind.TEMPLATE, "https://example.org/rota"))));
        assertTrue(staysAFile.problems().containsKey("url"), "an uploaded file stays a file");
        network.inTransaction(s -> s.resourceLibrary().change(handout.id(), titled("Rota for a small team", ResourceKind.TEMPLATE, null)));
        assertEquals("rota.pdf", network.inTransaction(s -> s.resourceLibrary().find(handout.id())).file().fileName());

        network.inTransaction(s -> {
            s.resourceLibrary().withdraw(handout.id());
            return null;
        });
        assertThrows(uk.cmlnetwork.shared.NotFound.class, () -> network.inTransaction(s -> s.resourceLibrary().find(handout.id())));
        try (var inFolder = Files.list(files)) {
            assertEquals(0, inFolder.count(), "the withdrawn file is deleted from the folder");
        }
        assertEquals(1, stored());
    }

    @Test
    void fundingNeedsAFunderAndASensibleRangeAndOnlyFundingHasIt() {
        assertEquals("Enter who offers the funding", refusal(funding("No funder",
                new FundingDetails(" ", null, null, null, null)), Upload.NONE).get("funder"));
        assertEquals("The largest amount must be at least the smallest amount", refusal(funding("Upside down",
                new FundingDetails("Trust", 5_000, 500, null, null)), Upload.NONE).get("amountTo"));
        assertEquals("Enter the smallest amount as a whole number of pounds, like 500", refusal(funding("Negative",
                new FundingDetails("Trust", -1, null, null, null)), Upload.NONE).get("amountFrom"));
        PublishResource toolkitWithFunding = new PublishResource("Toolkit", null, ResourceKind.TOOLKIT, List.of(),
                "https://example.org/t", Set.of(), Set.of(), null, new FundingDetails("Trust", null, null, null, null));
        assertTrue(refusal(toolkitWithFunding, Upload.NONE).get("funder").startsWith("Funder, amounts"));
        assertEquals(0, stored());
    }

    @Test
    void findsByOutcomeAndAudienceWhereResourcesForEveryoneAlwaysShow() {
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Digital drop-ins", null,
                ResourceKind.TOOLKIT, List.of(), "https://example.org/digital",
                Set.of(Outcome.DIGITAL_ACCESS), Set.of(MemberCategory.LIBRARY_TEAM), null, null)));
        network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Business plan template", null,
                ResourceKind.TEMPLATE, List.of(), "https://example.org/plan",
                Set.of(Outcome.STRONGER_COMMUNITIES), Set.of(MemberCategory.SETTING_UP), null, null)));
        network.inTransaction(s -> s.resourceLibrary().publish(titled("For everyone", ResourceKind.LINK, "https://example.org/all")));

        assertEquals(List.of("Digital drop-ins"), titles(new ResourceSearch(null, null, null,
                Outcome.DIGITAL_ACCESS, null, false, 20)));
        assertEquals(Set.of("Business plan template", "For everyone"), Set.copyOf(titles(new ResourceSearch(null, null,
                null, null, MemberCategory.SETTING_UP, false, 20))));
        Resource read = network.inTransaction(s -> s.resourceLibrary().search(new ResourceSearch("digital", null, null, 5))).get(0);
        assertEquals(Set.of(MemberCategory.LIBRARY_TEAM), read.audiences());
        assertEquals(Set.of(Outcome.DIGITAL_ACCESS), read.outcomes());
    }

    @Test
    void linksARelatedEventOnlyWhenItExists() {
        EventId workshop = scheduled(workshop(10, NOW.plus(Duration.ofDays(20))));
        Resource slides = network.inTransaction(s -> s.resourceLibrary().publish(new PublishResource("Slides", null,
                ResourceKind.HANDOUT, List.of(), "https://example.org/slides", null, null, workshop.value(), null)));
        assertEquals(workshop, slides.eventId());
        assertEquals("Choose the related event from the list", refusal(new PublishResource("Slides", null,
                ResourceKind.HANDOUT, List.of(), "https://example.org/slides", null, null, "no-such-event", null),
                Upload.NONE).get("eventId"));
    }

    private List<String> titles(ResourceSearch search) {
        return network.inTransaction(s -> s.resourceLibrary().search(search)).stream().map(Resource::title).toList();
    }

}
