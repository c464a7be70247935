package uk.cmlnetwork.advice;

import uk.cmlnetwork.library.LegalForm;
import uk.cmlnetwork.library.LibraryStage;
import uk.cmlnetwork.library.ManagementType;
import uk.cmlnetwork.shared.Region;

/** How the asker's library is run, as the directory had it when they asked; any part may be unknown. */
public record LibrarySituation(ManagementType managementType, LibraryStage stage, Region region, LegalForm legalForm) {
}
