package uk.cmlnetwork.advice;

import uk.cmlnetwork.library.LegalForm;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Region;

/** How the asker's library is run, as the directory had it when they asked; any part may be unknown. */
public record LibrarySituation(ManagementType managementType, LibraryStage stage, Region region, LegalForm legalForm) {
    /** E.g. "Community run library, sustaining": the parts a peer's library is matched on. */
    public String describe() {
        String type = managementType == null ? "" : managementType.label();
        String when = stage == null ? "" : stage.label().toLowerCase(java.util.Locale.ROOT);
        return type.isEmpty() || when.isEmpty() ? type + when : type + ", " + when;
    }
}
