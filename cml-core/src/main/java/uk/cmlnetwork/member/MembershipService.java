package uk.cmlnetwork.member;

import java.time.Clock;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;

/** Joining the network. The caller owns the transaction. */
public class MembershipService {
    private final Members members;
    private final InputCheck inputCheck;
    private final Clock clock;

    public MembershipService(Members members, InputCheck inputCheck, Clock clock) {
        this.members = members;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    public Member register(RegisterMember command) {
        inputCheck.check(command);
        if (members.findByEmail(Member.normaliseEmail(command.email())).isPresent()) {
            throw InvalidInput.of("email", "A member with this email address has already joined");
        }
        Member member = new Member(MemberId.newId(), command.name(), command.email(), command.category(),
                command.organisation(), command.region(), clock.instant());
        members.store(member);
        return member;
    }

    public Member find(MemberId id) {
        return members.find(id).orElseThrow(() -> new NotFound("member", id.value()));
    }
}
