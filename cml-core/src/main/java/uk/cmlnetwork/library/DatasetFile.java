package uk.cmlnetwork.library;

import java.io.Reader;

/**
 * A library dataset to import, as the coordinator gives it.
 *
 * @param dataset its name as the directory will show it (which dataset each fact came from)
 * @param attribution its licence statement, e.g. "Contains public sector information licensed under the Open
 *                    Government Licence v3.0."
 * @param libraries the libraries CSV
 * @param authorities the 2016 file's authorities CSV (authority_id, name, code), or null
 * @param mapping for a file in none of the published formats: which heading holds which fact
 * @param includeOutsideArea keep rows from outside England and Wales instead of leaving them out
 */
public record DatasetFile(String dataset, String attribution, Reader libraries, Reader authorities,
                          ColumnMapping mapping, boolean includeOutsideArea) {
    public static final String OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";
}
