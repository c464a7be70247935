package uk.cmlnetwork.privacy;

import uk.cmlnetwork.event.Bookings;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MemberStatus;
import uk.cmlnetwork.member.Members;
import uk.cmlnetwork.shared.NotFound;

/**
 * A member leaving for good (UK GDPR erasure): their personal data is erased at once, their
 * bookings stay only as anonymous counts, and they can never sign in again. Nobody can undo it.
 */
public class AccountErasure {
    private final Members members;
    private final Bookings bookings;

    public AccountErasure(Members members, Bookings bookings) {
        this.members = members;
        this.bookings = bookings;
    }

    public void erase(MemberId id) {
        Member member = members.find(id).orElseThrow(() -> new NotFound("member", id.value()));
        if (member.status() == MemberStatus.DELETED) {
            return;
        }
        bookings.anonymiseAllFor(member.email());
        member.erase();
    }
}
