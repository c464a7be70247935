package uk.cmlnetwork.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cmlnetwork.library.AddLibrary;
import uk.cmlnetwork.library.Library;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.library.LibrarySuggestion;
import uk.cmlnetwork.library.LibraryProfile;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.library.SuggestLibraryChange;
import uk.cmlnetwork.library.SuggestionKind;
import uk.cmlnetwork.library.SuggestionStatus;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;

/** Members suggest missing libraries and corrections; editors and coordinators decide; listed members show. */
abstract class SuggestionsContract extends NetworkFixture {
    private LibraryId wrington;
    private Member suggester;
    private Member editor;
    private Member coordinator;

    private void network() {
        wrington = network.inTransaction(s -> s.libraryDirectory().add(new AddLibrary("Wrington Library",
                "Station Road, Wrington", "BS40 5LA", "North Somerset", Region.SOUTH_WEST, ManagementType.CRL,
                LibraryStage.SUSTAINING, null, null)).id());
        suggester = activeMember("Sam Suggester", "sam@example.org");
        Member e = activeMember("Eddie Editor", "eddie@example.org");
        Member c = activeMember("Cora Coordinator", "cora@example.org");
        network.inTransaction(s -> s.memberAdministration().setCoordinator(c.id(), true));
        coordinator = network.inTransaction(s -> s.membership().find(c.id()));
        network.inTransaction(s -> s.memberAdministration().setLibraryEditor(coordinator, e.id(), wrington, true));
        editor = network.inTransaction(s -> s.membership().find(e.id()));
    }

    private static SuggestLibraryChange change(String name, String website, String note) {
        return new SuggestLibraryChange(name, null, null, null, null, null, website, null, note);
    }

    @Test
    void theLibrarysEditorAcceptsACorrectionAndTheEntryChangesAndIsConfirmed() {
        network();
        InvalidInput noNote = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.directorySuggestions()
                .suggestAmendment(suggester.id().value(), wrington, change(null, "wrington.org", " "))));
        assertTrue(noNote.problems().containsKey("note"));
        assertTrue(noNote.problems().containsKey("website"));

        LibrarySuggestion made = network.inTransaction(s -> s.directorySuggestions().suggestAmendment(
                suggester.id().value(), wrington, change(null, "https://wringtonlibrary.org.uk",
                        "The library has its own website now")));
        assertEquals(SuggestionKind.AMENDMENT, made.kind());
        assertNull(network.inTransaction(s -> s.libraryDirectory().find(wrington)).lastConfirmedAt());
        assertEquals(1, network.inTransaction(s -> s.directorySuggestions().waitingFor(editor)).size());
        assertEquals(1, network.inTransaction(s -> s.directorySuggestions().waitingFor(coordinator)).size());
        assertEquals(List.of(), network.inTransaction(s -> s.directorySuggestions().waitingFor(suggester)));
        DomainException notTheirs = assertThrows(DomainException.class, () -> network.inTransaction(s -> s
                .directorySuggestions().accept(suggester, made.id())));
        assertTrue(notTheirs.getMessage().contains("Only this library's editors"), notTheirs.getMessage());

        network.inTransaction(s -> s.directorySuggestions().accept(editor, made.id()));
        Library after = network.inTransaction(s -> s.libraryDirectory().find(wrington));
        assertEquals("https://wringtonlibrary.org.uk", after.website());
        assertEquals("Wrington Library", after.name(), "a field left blank is not changed");
        assertEquals("BS40 5LA", after.postcode());
        assertEquals(LibraryStage.SUSTAINING, after.stage());
        assertEquals(NOW, after.lastConfirmedAt());
        LibrarySuggestion decided = network.inTransaction(s -> s.directorySuggestions().find(made.id()));
        assertEquals(SuggestionStatus.ACCEPTED, decided.status());
        DomainException twice = assertThrows(DomainException.class, () -> network.inTransaction(s -> s
                .directorySuggestions().reject(coordinator, made.id(), "Changed my mind")));
        assertTrue(twice.getMessage().contains("already been decided"), twice.getMessage());
        assertEquals(List.of(), network.inTransaction(s -> s.directorySuggestions().waitingFor(editor)));
    }

    @Test
    void onlyACoordinatorAddsAMissingLibraryAndARejectionNeedsAReason() {
        network();
        InvalidInput incomplete = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s
                .directorySuggestions().suggestAddition(suggester.id().value(), change("Blagdon Library", null, "New"))));
        assertTrue(incomplete.problems().containsKey("managementType"));
        InvalidInput badPostcode = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s
                .directorySuggestions().suggestAddition(suggester.id().value(), new SuggestLibraryChange("Blagdon Library",
                        null, "NOT A CODE", null, null, ManagementType.ICL, null, null, "Opened in 2024"))));
        assertTrue(badPostcode.problems().containsKey("postcode"));

        LibrarySuggestion addition = network.inTransaction(s -> s.directorySuggestions().suggestAddition(
                suggester.id().value(), new SuggestLibraryChange("Blagdon Village Library", "Village Hall, Blagdon",
                        "bs40 7sb", "North Somerset", Region.SOUTH_WEST, ManagementType.ICL, null, null,
                        "Opened in the village hall in 2024, run by volunteers")));
        assertEquals("BS40 7SB", addition.postcode());
        assertEquals(List.of(), network.inTransaction(s -> s.directorySuggestions().waitingFor(editor)),
                "an editor of another library does not decide additions");
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.directorySuggestions()
                .accept(editor, addition.id())));

        Library added = network.inTransaction(s -> s.directorySuggestions().accept(coordinator, addition.id()));
        assertEquals("Blagdon Village Library", added.name());
        assertEquals(ManagementType.ICL, added.managementType());
        assertEquals(NOW, added.lastConfirmedAt());
        assertEquals(added.id(), network.inTransaction(s -> s.directorySuggestions().find(addition.id())).libraryId());

        LibrarySuggestion another = network.inTransaction(s -> s.directorySuggestions().suggestAmendment(
                suggester.id().value(), wrington, change("Wrington Lending Library", null, "The sign says so")));
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s
                .directorySuggestions().reject(editor, another.id(), "  ")));
        assertTrue(noReason.problems().containsKey("reason"));
        network.inTransaction(s -> s.directorySuggestions().reject(editor, another.id(), "That is the old sign"));
        LibrarySuggestion rejected = network.inTransaction(s -> s.directorySuggestions().find(another.id()));
        assertEquals(SuggestionStatus.REJECTED, rejected.status());
        assertEquals("That is the old sign", rejected.reason());
        assertEquals("Wrington Library", network.inTransaction(s -> s.libraryDirectory().find(wrington)).name());
    }

    @Test
    void aLibraryListsOnlyItsActiveMembersWhoChoseToBeListed() {
        network();
        Member lee = activeMember("Lee Listed", "lee@example.org", wrington, true);
        activeMember("Una Unlisted", "una@example.org", wrington, false);
        activeMember("Oli Elsewhere", "oli@example.org", null, true);
        assertEquals(List.of("Lee Listed"), network.inTransaction(s -> s.membership().listedAt(wrington, lee)).stream()
                .map(Member::name).toList());
    }

    @Test
    void erasingAnAccountForgetsWhoMadeTheirSuggestions() {
        network();
        LibrarySuggestion made = network.inTransaction(s -> s.directorySuggestions().suggestAmendment(
                suggester.id().value(), wrington, change(null, null, "Open on Saturdays now")));
        network.inTransaction(s -> {
            s.accountErasure().erase(suggester.id());
            return null;
        });
        LibrarySuggestion after = network.inTransaction(s -> s.directorySuggestions().find(made.id()));
        assertNull(after.suggestedBy());
        assertTrue(after.isWaiting(), "the correction itself is still worth reviewing");
    }

    @Test
    void aMemberClaimsTheirLibraryACoordinatorApprovesAndAnEditorCanBeRemoved() {
        network();
        InvalidInput noNote = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.directorySuggestions()
                .claim(suggester.id().value(), wrington, " ")));
        assertTrue(noNote.problems().containsKey("note"));
        LibrarySuggestion claim = network.inTransaction(s -> s.directorySuggestions().claim(suggester.id().value(), wrington,
                "I chair the trustees"));
        assertEquals(SuggestionKind.CLAIM, claim.kind());
        DomainException again = assertThrows(DomainException.class, () -> network.inTransaction(s -> s.directorySuggestions()
                .claim(suggester.id().value(), wrington, "Me again")));
        assertTrue(again.getMessage().contains("already waiting"), again.getMessage());
        assertEquals(List.of(), network.inTransaction(s -> s.directorySuggestions().waitingFor(editor)),
                "claims are for coordinators, not the library's editors");
        DomainException notEditors = assertThrows(DomainException.class, () -> network.inTransaction(s -> s
                .directorySuggestions().accept(editor, claim.id())));
        assertTrue(notEditors.getMessage().contains("Only the network's coordinators"), notEditors.getMessage());

        network.inTransaction(s -> s.directorySuggestions().accept(coordinator, claim.id()));
        assertTrue(network.inTransaction(s -> s.membership().find(suggester.id())).isEditorOf(wrington));
        assertEquals(List.of("Eddie Editor", "Sam Suggester"), network.inTransaction(s -> s.memberAdministration()
                .editorsOf(wrington)).stream().map(Member::name).toList());

        Member sam = network.inTransaction(s -> s.membership().find(suggester.id()));
        network.inTransaction(s -> s.memberAdministration().setLibraryEditor(sam, editor.id(), wrington, false));
        assertEquals(List.of("Sam Suggester"), network.inTransaction(s -> s.memberAdministration().editorsOf(wrington))
                .stream().map(Member::name).toList(), "an editor removes another");
    }

    @Test
    void aGroupCoordinatorDecidesClaimsAndKeepsProfilesOfTheirGroupsLibrariesOnly() {
        network();
        Member g = activeMember("Gwen Group", "gwen@example.org");
        Member other = activeMember("Olly Other", "olly@example.org");
        network.inTransaction(s -> s.memberAdministration().setGroupCoordinator(g.id(), RegionalGroup.GROUP_TWO));
        network.inTransaction(s -> s.memberAdministration().setGroupCoordinator(other.id(), RegionalGroup.GROUP_ONE));
        Member gwen = network.inTransaction(s -> s.membership().find(g.id()));
        Member olly = network.inTransaction(s -> s.membership().find(other.id()));
        LibrarySuggestion claim = network.inTransaction(s -> s.directorySuggestions().claim(suggester.id().value(), wrington,
                "I run the Friends group"));
        assertEquals(List.of(claim.id()), network.inTransaction(s -> s.directorySuggestions().waitingFor(gwen)).stream()
                .map(LibrarySuggestion::id).toList(), "Wrington is in the South West: Group Two");
        assertEquals(List.of(), network.inTransaction(s -> s.directorySuggestions().waitingFor(olly)));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.directorySuggestions().accept(olly, claim.id())));
        network.inTransaction(s -> s.directorySuggestions().accept(gwen, claim.id()));
        assertTrue(network.inTransaction(s -> s.membership().find(suggester.id())).isEditorOf(wrington));

        boolean gwenMay = network.inTransaction(s -> s.libraryDirectory().mayLookAfter(gwen, wrington));
        boolean ollyMay = network.inTransaction(s -> s.libraryDirectory().mayLookAfter(olly, wrington));
        assertTrue(gwenMay && !ollyMay, "only the group's own coordinator");
        network.inTransaction(s -> s.libraryDirectory().updateProfile(gwen, wrington, new LibraryProfile("Wrington Library",
                null, "BS40 5LA", null, null, LibraryStage.SUSTAINING, null, null, null, null, java.util.Set.of())));
        assertThrows(DomainException.class, () -> network.inTransaction(s -> s.libraryDirectory().updateProfile(olly, wrington,
                new LibraryProfile("Someone else's", null, null, null, null, null, null, null, null, null, java.util.Set.of()))));
    }

    @Test
    void coordinatorsRenameGroupsMoveRegionsAndAddAGroupEveryProblemNamedAtOnce() {
        network();
        Member g = activeMember("Gwen Group", "gwen@example.org");
        network.inTransaction(s -> s.memberAdministration().setGroupCoordinator(g.id(), RegionalGroup.GROUP_TWO));
        Member gwen = network.inTransaction(s -> s.membership().find(g.id()));
        boolean before = network.inTransaction(s -> s.libraryDirectory().mayLookAfter(gwen, wrington));
        assertTrue(before);

        InvalidInput bad = assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.groupSettings().change(
                java.util.Map.of(RegionalGroup.GROUP_ONE, " ", RegionalGroup.GROUP_TWO, "Group Three: North and North Midlands"),
                java.util.Map.of(Region.WALES, "NO_SUCH_GROUP"))));
        assertEquals(java.util.Set.of("name-GROUP_ONE", "name-GROUP_TWO", "region-WALES"), bad.problems().keySet());
        assertEquals("Group One: London and South East", network.inTransaction(s -> s.groupSettings().current())
                .find(RegionalGroup.GROUP_ONE).orElseThrow().label(), "nothing changed");

        var changed = network.inTransaction(s -> s.groupSettings().change(
                java.util.Map.of(RegionalGroup.GROUP_TWO, "Group Two: West and Wales"),
                java.util.Map.of(Region.SOUTH_WEST, RegionalGroup.GROUP_ONE)));
        assertEquals("Group Two: West and Wales", changed.find(RegionalGroup.GROUP_TWO).orElseThrow().label());
        assertEquals(RegionalGroup.GROUP_ONE, changed.of(Region.SOUTH_WEST).code());
        boolean after = network.inTransaction(s -> s.libraryDirectory().mayLookAfter(gwen, wrington));
        assertFalse(after, "Wrington's region is now in Group One");

        RegionalGroup four = network.inTransaction(s -> s.groupSettings().add("Group Four: East of England"));
        assertEquals("GROUP_4", four.code());
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.groupSettings().add("group four: east of england")));
        network.inTransaction(s -> s.groupSettings().change(java.util.Map.of(), java.util.Map.of(Region.EAST_OF_ENGLAND, "GROUP_4")));
        assertEquals(List.of(Region.EAST_OF_ENGLAND), network.inTransaction(s -> s.groupSettings().current()).regionsOf("GROUP_4"));
        assertThrows(InvalidInput.class, () -> network.inTransaction(s -> s.memberAdministration()
                .setGroupCoordinator(g.id(), "GROUP_9")));
    }
}
