package uk.cmlnetwork.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** What a funding opportunity offers: who funds it, how much, who may apply and by when. */
@Embeddable
public class Funding {
    @Column(name = "funder", length = 200)
    private String funder;

    /** Whole pounds; null when the funder gives no lower figure. */
    @Column(name = "amount_from")
    private Integer amountFrom;

    @Column(name = "amount_to")
    private Integer amountTo;

    @Column(name = "eligibility", length = 2000)
    private String eligibility;

    /** The last day to apply; null for a rolling programme with no closing date. */
    @Column(name = "closes_on")
    private LocalDate closesOn;

    protected Funding() {
    }

    Funding(FundingDetails details) {
        this.funder = details.funder().strip();
        this.amountFrom = details.amountFrom();
        this.amountTo = details.amountTo();
        this.eligibility = details.eligibility() == null || details.eligibility().isBlank() ? null
                : details.eligibility().strip();
        this.closesOn = details.closesOn();
    }

    public boolean isClosedOn(LocalDate day) {
        return closesOn != null && closesOn.isBefore(day);
    }

    public String funder() {
        return funder;
    }

    public Integer amountFrom() {
        return amountFrom;
    }

    public Integer amountTo() {
        return amountTo;
    }

    /** "£500 to £5,000", "up to £10,000", "from £1,000", or null when no amount is given. */
    public String amountRange() {
        if (amountFrom != null && amountTo != null) {
            return amountFrom.equals(amountTo) ? pounds(amountFrom) : pounds(amountFrom) + " to " + pounds(amountTo);
        }
        if (amountTo != null) {
            return "up to " + pounds(amountTo);
        }
        return amountFrom == null ? null : "from " + pounds(amountFrom);
    }

    private static String pounds(int amount) {
        return String.format(java.util.Locale.UK, "£%,d", amount);
    }

    public String eligibility() {
        return eligibility;
    }

    public LocalDate closesOn() {
        return closesOn;
    }
}
