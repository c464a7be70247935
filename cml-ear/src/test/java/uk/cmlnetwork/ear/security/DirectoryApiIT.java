package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The directory over HTTP: the JSON and CSV exports follow the page's filters; only coordinators
 * import, only a library's editors and coordinators update its profile.
 */
class DirectoryApiIT {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    @Test
    void theExportsFollowTheFilters() throws Exception {
        SiteSession anyone = new SiteSession();
        HttpResponse<String> json = anyone.get("api/libraries?type=community&status=OPEN");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.body().contains("\"managementType\":\"CRL\""), json.body());
        assertTrue(!json.body().contains("\"managementType\":\"LAL\""), json.body());
        assertTrue(json.body().contains("Open Government Licence"), json.body());
        HttpResponse<String> paged = anyone.get("api/libraries?page=1&pageSize=1");
        assertTrue(paged.body().contains("\"pageSize\":1"), paged.body());

        HttpResponse<String> csv = anyone.get("api/libraries/export.csv?type=community");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("libraries.csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("dataset,name,service_point,address,postcode,library_authority,region"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains(",CRL,") || lines[i].contains(",ICL,"), lines[i]);
        }

        // The map's places: the same filters; every library of the starting directory has one.
        HttpResponse<String> places = anyone.get("api/libraries/places?type=community&point=STATIC&group=GROUP_TWO");
        assertEquals(200, places.statusCode());
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(places.body());
        assertTrue(total.find(), places.body());
        long placed = Pattern.compile("\"lat\":").matcher(places.body()).results().count();
        assertEquals(Long.parseLong(total.group(1)), placed, "each library found is placed");
        assertTrue(placed > 50, places.body());
        assertTrue(places.body().contains("\"approximate\":"), places.body());
        HttpResponse<String> wales = anyone.get("api/libraries/places?region=WALES&group=GROUP_ONE");
        assertTrue(wales.body().contains("\"libraries\":[]"), "Wales is in Group Two: " + wales.body());
    }

    @Test
    void onlyCoordinatorsImportAndOnlyEditorsUpdateAProfile() throws Exception {
        SiteSession anonymous = new SiteSession();
        HttpResponse<String> importPage = anonymous.get("coordinator/import-libraries.xhtml");
        assertTrue(SiteSession.asksToSignIn(importPage), importPage.body());
        Matcher library = Pattern.compile("library.xhtml\\?id=([a-f0-9-]+)").matcher(anonymous.get("libraries.xhtml").body());
        assertTrue(library.find());
        String id = library.group(1);

        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, "directory-" + System.nanoTime() + "@example.org");
        assertEquals(403, member.get("coordinator/import-libraries.xhtml").statusCode());
        assertEquals(403, member.get("manage/library-profile.xhtml?id=" + id).statusCode());
        assertTrue(!member.get("library.xhtml?id=" + id).body().contains("edit-profile"), "no edit button for others");

        SiteSession coordinator = AuthorisationMatrixIT.coordinator(mail);
        assertEquals(200, coordinator.get("manage/library-profile.xhtml?id=" + id).statusCode());
        String email = "directory-editor-" + System.nanoTime() + "@example.org";
        SiteSession editor = AuthorisationMatrixIT.joinedWith(mail, email);
        AuthorisationMatrixIT.makeEditor(coordinator, id, email);
        editor.signIn(email, AuthorisationMatrixIT.PASSWORD);
        assertEquals(200, editor.get("manage/library-profile.xhtml?id=" + id).statusCode());
        HttpResponse<String> bad = editor.submit("manage/library-profile.xhtml?id=" + id, "profile", "save",
                java.util.Map.of("name", "", "postcode", "nowhere"));
        assertTrue(bad.body().contains("Enter the library&#39;s name") || bad.body().contains("Enter the library's name"), bad.body());
        assertEquals(404, anonymous.get("library.xhtml?id=not-a-library").statusCode());
    }

    /** Visitors who are not signed in keep nothing on the server while they search (no session). */
    @Test
    void searchingWithoutSigningInMakesNoSession() throws Exception {
        HttpResponse<String> page = new SiteSession().get("libraries.xhtml?q=library&type=community");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("library-list"), "the results are shown");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                page.headers().allValues("Set-Cookie").toString());

        // Signed in, the page carries the sign-out form, whose view is kept for it: signing out from it works.
        String email = "directory-searcher-" + System.nanoTime() + "@example.org";
        SiteSession member = AuthorisationMatrixIT.joinedWith(mail, email);
        member.signIn(email, AuthorisationMatrixIT.PASSWORD);
        assertEquals(200, member.get("account/profile.xhtml").statusCode());
        member.submit("libraries.xhtml?q=library", "signOut", "signOutButton", java.util.Map.of());
        assertTrue(SiteSession.asksToSignIn(member.get("account/profile.xhtml")), "signed out");
    }
}
