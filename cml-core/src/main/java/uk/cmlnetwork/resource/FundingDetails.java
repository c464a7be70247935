package uk.cmlnetwork.resource;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The funding part of a resource form; every field empty means "not a funding opportunity". */
public record FundingDetails(
        @Size(max = 200, message = "The funder's name must be 200 characters or fewer") String funder,
        @PositiveOrZero(message = "Enter the smallest amount as a whole number of pounds, like 500") Integer amountFrom,
        @PositiveOrZero(message = "Enter the largest amount as a whole number of pounds, like 5000") Integer amountTo,
        @Size(max = 2000, message = "Who can apply must be 2000 characters or fewer") String eligibility,
        LocalDate closesOn) {

    public static final FundingDetails NONE = new FundingDetails(null, null, null, null, null);

    public boolean isEmpty() {
        return (funder == null || funder.isBlank()) && amountFrom == null && amountTo == null
                && (eligibility == null || eligibility.isBlank()) && closesOn == null;
    }
}
