package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.post.Post;
import uk.cmlnetwork.post.PostId;
import uk.cmlnetwork.post.PostStatus;
import uk.cmlnetwork.post.WritePost;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.shared.Region;

/** Guest posts over a real database: write, review, publish, edit after approval, erasure. */
abstract class BlogContract extends NetworkFixture {
    private Member writer;
    private Member coordinator;
    private Member reader;
    private LibraryId wrington;

    private void network() {
        wrington = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Wrington Library", null, null,
                "North Somerset", Region.SOUTH_WEST, ManagementType.CRL, LibraryStage.SUSTAINING, null, null)).id());
        writer = activeMember("Wendy Writer", "wendy@example.org");
        reader = activeMember("Rob Reader", "rob@example.org");
        Member c = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
        coordinator = network.inTransaction(s -> s.membership().find(c.id()));
    }

    private static WritePost post(String title, String body, String... topics) {
        return new WritePost(title, "Wendy, volunteer at Wrington", null, List.of(topics), body);
    }

    /** Invisible control characters never reach the database, so no feed or calendar can carry them. */
    @Test
    void controlCharactersAreNeverStoredButTabsAndLineBreaksAre() {
        network();
        PostId id = network.inTransaction(s -> s.memberBlog().write(writer, new WritePost("Bell\u0007 and\u0000 escape\u001b",
                "Wendy\u0085 at Wrington", wrington, List.of("volunteering"), "Line one\r\nLine\ttwo\u000c\ud800"))).id();
        Post stored = network.inTransaction(s -> s.memberBlog().read(writer, id));
        assertEquals("Bell and escape", stored.title());
        assertEquals("Wendy at Wrington", stored.byline());
        assertEquals("Line one\r\nLine\ttwo", stored.body());
    }

    @Test
    void aPostIsWrittenReviewedAndPublishedAndAnEditSendsItBackToReview() {
        network();
        InvalidInput empty = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.memberBlog()
                .write(writer, new WritePost(" ", " ", null, List.of(), ""))));
        assertTrue(empty.problems().keySet().containsAll(List.of("title", "byline", "body")), empty.problems().toString());
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.memberBlog()
                .write(writer, post("T", "B", "no-such-topic"))));

        PostId id = network.inTransaction(s -> s.memberBlog().write(writer, new WritePost("How we recruited 40 volunteers",
                "Wendy, volunteer at Wrington", wrington, List.of("volunteering"), "We *asked*.<script>x()</script>"))).id();
        Post draft = network.inTransaction(s -> s.memberBlog().read(writer, id));
        assertEquals(PostStatus.DRAFT, draft.status());
        assertTrue(draft.bodyHtml().contains("<em>asked</em>") && !draft.bodyHtml().contains("<script"), draft.bodyHtml());
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.memberBlog().read(reader, id)),
                "a draft is not shown to others");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.memberBlog().edit(reader, id,
                post("Mine now", "x"))));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.memberBlog().approve(writer, id)),
                "writers do not review");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.memberBlog().approve(coordinator, id)),
                "a draft is not waiting for review");

        network.inTransaction(s -> s.memberBlog().submit(writer, id));
        assertEquals(List.of(id), network.inTransaction(s -> s.memberBlog().inReview(coordinator)).stream().map(Post::id).toList());
        InvalidInput noComment = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.memberBlog()
                .askForChanges(coordinator, id, "")));
        assertTrue(noComment.problems().containsKey("comment"));
        network.inTransaction(s -> s.memberBlog().askForChanges(coordinator, id, "Add how you trained them"));
        Post sentBack = network.inTransaction(s -> s.memberBlog().read(writer, id));
        assertEquals(PostStatus.CHANGES_ASKED, sentBack.status());
        assertEquals("Add how you trained them", sentBack.reviewComment());

        network.inTransaction(s -> s.memberBlog().edit(writer, id, new WritePost("How we recruited 40 volunteers",
                "Wendy, volunteer at Wrington", wrington, List.of("volunteering", "income-fundraising"), "We *asked*, then trained them.")));
        network.inTransaction(s -> s.memberBlog().submit(writer, id));
        network.inTransaction(s -> s.memberBlog().approve(coordinator, id));
        Post published = network.inTransaction(s -> s.memberBlog().read(reader, id));
        assertEquals(PostStatus.PUBLISHED, published.status());
        assertEquals(NOW, published.publishedAt());
        assertEquals(List.of(id), ids(null, null));
        assertEquals(List.of(id), ids("income-fundraising", null));
        assertEquals(List.of(id), ids(null, wrington));
        assertEquals(List.of(), ids("no-such-topic", null));

        network.inTransaction(s -> s.memberBlog().edit(writer, id, post("How we recruited 40 volunteers", "Changed later")));
        assertEquals(PostStatus.IN_REVIEW, network.inTransaction(s -> s.memberBlog().read(writer, id)).status(),
                "an edit after approval goes back to review");
        assertEquals(List.of(), ids(null, null), "and is not shown until approved again");
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.memberBlog().read(reader, id)));
    }

    @Test
    void aRejectedPostStaysRejectedAndErasingTheWriterKeepsOnlyPublishedPostsUnnamed() {
        network();
        PostId rejected = network.inTransaction(s -> s.memberBlog().write(writer, post("Buy my book", "Advert"))).id();
        network.inTransaction(s -> s.memberBlog().submit(writer, rejected));
        network.inTransaction(s -> s.memberBlog().reject(coordinator, rejected, "Adverts are not guest posts"));
        DomainException noEdit = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.memberBlog()
                .edit(writer, rejected, post("Buy it", "Still an advert"))));
        assertTrue(noEdit.getMessage().contains("not accepted"), noEdit.getMessage());
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.memberBlog().submit(writer, rejected)));

        PostId kept = network.inTransaction(s -> s.memberBlog().write(writer, post("Our first year", "It went well"))).id();
        network.inTransaction(s -> s.memberBlog().submit(writer, kept));
        network.inTransaction(s -> s.memberBlog().approve(coordinator, kept));
        PostId draft = network.inTransaction(s -> s.memberBlog().write(writer, post("Unfinished", "..."))).id();

        network.inTransaction(s -> {
            s.accountErasure().erase(writer.id());
            return null;
        });
        Post after = network.inTransaction(s -> s.memberBlog().read(reader, kept));
        assertEquals(Post.FORMER_MEMBER, after.byline());
        assertNull(after.writerId());
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.memberBlog().read(coordinator, draft)));
        assertThrows(NotFound.class, () -> network.inTransaction(s -> s.memberBlog().read(coordinator, rejected)));
    }

    private List<PostId> ids(String topic, LibraryId library) {
        return network.inTransaction(s -> s.memberBlog().published(topic, library, 20)).stream().map(Post::id).toList();
    }
}
