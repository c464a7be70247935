package uk.cmlnetwork.member;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import uk.cmlnetwork.library.LibraryId;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InputCheck;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;

/** Joining the network and looking after one's own account. The caller owns the transaction. */
public class MembershipService {
    private final Members members;
    private final OneTimeLinks links;
    private final PasswordHashing passwords;
    private final InputCheck inputCheck;
    private final Clock clock;

    public MembershipService(Members members, MemberTokens tokens, PasswordHashing passwords,
                             InputCheck inputCheck, Clock clock) {
        this.members = members;
        this.links = new OneTimeLinks(tokens);
        this.passwords = passwords;
        this.inputCheck = inputCheck;
        this.clock = clock;
    }

    /**
     * A new, unconfirmed member; send them the confirmation link with the returned token. An address that
     * is already a member's changes nothing (see {@link Registration}).
     */
    public Registration register(RegisterMember command) {
        // Every problem at once, so the member can fix the whole form in one go.
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.check(command);
        } catch (InvalidInput invalid) {
            problems.putAll(invalid.problems());
        }
        PasswordPolicy.problemWith(command.password(), command.details() == null ? null : command.details().email())
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<Member> owner = findByEmail(command.details().email());
        if (owner.isPresent()) {
            return Registration.alreadyAMember(owner.get());
        }
        Member member = new Member(MemberId.newId(), command.details(), clock.instant());
        member.usePasswordHash(passwords.hash(command.password()));
        member.recordConsents(command.newsletter(), command.directory(), listingOrNothing(command.listing()),
                clock.instant());
        members.store(member);
        return new Registration(member, links.issue(member.id(), TokenPurpose.CONFIRM_EMAIL, clock.instant()));
    }

    /** A fresh confirmation link for a member who has not confirmed yet (the first one may have expired). */
    public Optional<String> newConfirmationLink(MemberId id) {
        Member member = find(id);
        if (member.status() != MemberStatus.UNVERIFIED) {
            return Optional.empty();
        }
        return Optional.of(links.issue(member.id(), TokenPurpose.CONFIRM_EMAIL, clock.instant()));
    }

    public Member confirmEmail(String token) {
        Member member = find(links.redeem(token, TokenPurpose.CONFIRM_EMAIL, clock.instant(), "confirmation"));
        member.confirmEmail();
        return member;
    }

    /** The member these credentials belong to, if they are right and the account may sign in. */
    public Optional<Member> checkCredentials(String email, String password) {
        Optional<Member> member = email == null ? Optional.empty() : members.findByEmail(Member.normaliseEmail(email));
        String hash = member.map(Member::passwordHash).orElse(null);
        boolean matches = passwords.matches(password == null ? "" : password, hash);
        return member.filter(m -> matches && m.maySignIn());
    }

    /**
     * A reset link for this email, if it belongs to an account that may sign in. Whatever the
     * answer, the page must say the same thing, so nobody learns who is a member.
     */
    public Optional<String> requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return members.findByEmail(Member.normaliseEmail(email))
                .filter(m -> m.status() == MemberStatus.ACTIVE || m.status() == MemberStatus.UNVERIFIED)
                .map(m -> links.issue(m.id(), TokenPurpose.RESET_PASSWORD, clock.instant()));
    }

    /** Sets a new password from an emailed link; the link, and any other reset link, stops working. */
    public Member resetPassword(String token, String newPassword) {
        MemberId id = links.redeem(token, TokenPurpose.RESET_PASSWORD, clock.instant(), "password reset");
        Member member = find(id);
        PasswordPolicy.problemWith(newPassword, member.email()).ifPresent(p -> {
            throw InvalidInput.of("password", p);
        });
        member.usePasswordHash(passwords.hash(newPassword));
        // Reading the email proves the address, so a reset also confirms it.
        member.confirmEmail();
        links.useAll(id, TokenPurpose.RESET_PASSWORD, clock.instant());
        return member;
    }

    public void changePassword(MemberId id, String currentPassword, String newPassword) {
        Member member = find(id);
        if (!passwords.matches(currentPassword == null ? "" : currentPassword, member.passwordHash())) {
            throw InvalidInput.of("currentPassword", "Your current password is not right");
        }
        PasswordPolicy.problemWith(newPassword, member.email()).ifPresent(p -> {
            throw InvalidInput.of("newPassword", p);
        });
        member.usePasswordHash(passwords.hash(newPassword));
    }

    /**
     * A member asks to use a new address. Every problem at once (the address, the password); nothing
     * changes until the link sent to the new address is opened. An address that is already another
     * member's gets no link (its owner is told instead, as when joining), and the answer is the same, so
     * nobody learns who is a member.
     *
     * @return the link's secret, to email to the new address; empty if the address is another member's
     */
    public Optional<String> requestEmailChange(MemberId id, ChangeEmail change) {
        Member member = find(id);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.check(change);
        } catch (InvalidInput invalid) {
            problems.putAll(invalid.problems());
        }
        if (!problems.containsKey("newEmail") && Member.normaliseEmail(change.newEmail()).equals(member.email())) {
            problems.put("newEmail", "This is already your email address");
        }
        if (!passwords.matches(change.password() == null ? "" : change.password(), member.passwordHash())) {
            problems.put("password", "Your password is not right");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String newEmail = Member.normaliseEmail(change.newEmail());
        if (members.findByEmail(newEmail).isPresent()) {
            return Optional.empty();
        }
        member.askToChangeEmailTo(newEmail);
        return Optional.of(links.issue(id, TokenPurpose.CHANGE_EMAIL, clock.instant()));
    }

    /** The link sent to the new address was opened: it is the member's address now. */
    public EmailChanged confirmEmailChange(String token) {
        Member member = find(links.redeem(token, TokenPurpose.CHANGE_EMAIL, clock.instant(), "email change"));
        String newEmail = member.pendingEmail();
        if (newEmail == null) {
            throw new InvalidLink("email change");
        }
        if (members.findByEmail(newEmail).isPresent()) {
            throw new DomainException("Another member has joined with " + newEmail + " since you asked: choose another address");
        }
        String old = member.email();
        member.usePendingEmail();
        links.useAll(member.id(), TokenPurpose.CHANGE_EMAIL, clock.instant());
        return new EmailChanged(member, old);
    }

    public Member updateProfile(MemberId id, UpdateProfile change) {
        inputCheck.check(change);
        Member member = find(id);
        refuseTakenEmail(change.details().email(), member);
        if (!Member.normaliseEmail(change.details().email()).equals(member.email())) {
            throw InvalidInput.of("email", "Change your email address in its own form below: the new one is confirmed first");
        }
        member.apply(change.details());
        member.recordConsents(change.newsletter(), change.directory(), listingOrNothing(change.listing()),
                clock.instant());
        return member;
    }

    /** The member unsubscribed from the newsletter by its emailed link: their consent is withdrawn too. */
    public void withdrawNewsletterConsent(MemberId id) {
        members.find(id).ifPresent(member -> member.withdrawNewsletterConsent(clock.instant()));
    }

    /**
     * A new secret address for the member's calendar of their bookings; an address given before stops
     * working at once (renew it if it was shared by mistake).
     */
    public String renewCalendarKey(MemberId id) {
        Member member = find(id);
        member.newCalendarKey(uk.cmlnetwork.shared.Secrets.newSecret());
        return member.calendarKey();
    }

    /** Whose calendar address this is: only an active member's works. */
    public Optional<Member> byCalendarKey(String key) {
        return key == null || key.isBlank() ? Optional.empty()
                : members.findByCalendarKey(key).filter(m -> m.status() == MemberStatus.ACTIVE);
    }

    /**
     * Everyone who might decide something a member sent in: active coordinators and regional group
     * coordinators, and the library's editors when it is about a library (null: none). The rule of each kind
     * of thing ({@code mayDecide}) says which of them actually decides.
     */
    public List<Member> possibleDeciders(LibraryId library) {
        List<Member> found = new java.util.ArrayList<>(members.deciders());
        if (library != null) {
            members.editorsOf(library).stream()
                    .filter(editor -> editor.status() == MemberStatus.ACTIVE && found.stream().noneMatch(m -> m.id().equals(editor.id())))
                    .forEach(found::add);
        }
        return found;
    }

    public Member find(MemberId id) {
        return members.find(id).orElseThrow(() -> new NotFound("member", id.value()));
    }

    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(Member.normaliseEmail(email));
    }

    /**
     * A library's members who chose to be listed in the member directory, as the reader may see them:
     * nobody for a reader who has not confirmed their email address (see {@link #directory}).
     */
    public List<Member> listedAt(LibraryId library, Member reader) {
        return mayReadTheDirectory(reader) ? members.listedAt(library) : List.of();
    }

    /**
     * The member directory: only those who chose to be listed (show only the fields they chose). Only a
     * member who has confirmed their email address reads it: anyone can join with any address, and the
     * directory shows members' emails.
     */
    public List<Member> directory(Member reader) {
        if (!mayReadTheDirectory(reader)) {
            throw new DomainException("Confirm your email address to see the member directory: use the link we emailed you");
        }
        return members.search(MemberSearch.directory());
    }

    private static boolean mayReadTheDirectory(Member reader) {
        return reader != null && reader.status() == MemberStatus.ACTIVE;
    }

    private void refuseTakenEmail(String email, Member self) {
        members.findByEmail(Member.normaliseEmail(email))
                .filter(other -> self == null || !other.id().equals(self.id()))
                .ifPresent(other -> {
                    throw InvalidInput.of("email", "A member with this email address has already joined: "
                            + "sign in, or reset your password if you have forgotten it");
                });
    }

    private static DirectoryListing listingOrNothing(DirectoryListing listing) {
        return listing == null ? DirectoryListing.nothing() : listing;
    }
}
