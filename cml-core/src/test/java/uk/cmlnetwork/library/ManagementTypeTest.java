package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManagementTypeTest {
    @Test
    void readsTheTaskforceCodes() {
        assertEquals(Optional.of(ManagementType.LAL_UNSTAFFED), ManagementType.fromCode("LAL-"));
        assertEquals(Optional.of(ManagementType.CRL), ManagementType.fromCode("crl"));
        assertEquals(Optional.of(ManagementType.XLT), ManagementType.fromCode("XLT"));
    }

    @Test
    void readsArtsCouncilCodesAsTheSameTypes() {
        assertEquals(Optional.of(ManagementType.LAL), ManagementType.fromCode("LA"));
        assertEquals(Optional.of(ManagementType.LAL_UNSTAFFED), ManagementType.fromCode("LAU"));
        assertEquals(Optional.of(ManagementType.CL), ManagementType.fromCode("C"));
        assertEquals(Optional.of(ManagementType.CRL), ManagementType.fromCode("CR"));
        assertEquals(Optional.of(ManagementType.ICL), ManagementType.fromCode("ICL"));
        assertEquals(Optional.empty(), ManagementType.fromCode("XYZ"));
    }

    @Test
    void communityManagedMeansCommunityRunOrIndependent() {
        assertTrue(ManagementType.CRL.isCommunityManaged());
        assertTrue(ManagementType.ICL.isCommunityManaged());
        assertFalse(ManagementType.CL.isCommunityManaged());
        assertFalse(ManagementType.LAL.isCommunityManaged());
        assertTrue(ManagementType.XLR.isClosed());
    }
}
