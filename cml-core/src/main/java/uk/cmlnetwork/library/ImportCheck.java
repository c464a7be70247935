package uk.cmlnetwork.library;

import java.util.List;
import java.util.Map;

/**
 * A dataset read and compared with the directory, before anything is written: what the coordinator sees on
 * the check page, and what {@link DatasetImport#apply} writes once they agree.
 *
 * @param dataset the dataset's name as the directory will show it, e.g. "Arts Council England basic dataset 2023"
 * @param attribution its licence statement, shown with each fact it gives
 * @param preview each row matched to the library it describes (or new, or ambiguous)
 * @param where each row's authority, region and place, by its line
 * @param refused rows not read at all, with their line and reason
 * @param outsideArea rows from outside England and Wales, left out (unless the file was checked to include them)
 * @param directoryAtCheck the directory's state when checked: applying refuses if it has changed since
 */
public record ImportCheck(String dataset, String attribution, PublishedFormat format, DatasetPreview.Preview preview,
                          Map<Long, WhereItIs> where, List<ImportReport.RowProblem> refused,
                          List<PublishedLibrary> outsideArea, DirectoryState directoryAtCheck) {

    public long count(DatasetPreview.Outcome outcome) {
        return preview.count(outcome);
    }

    public List<DatasetPreview.RowPreview> rows(DatasetPreview.Outcome outcome) {
        return preview.rows().stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** Rows read with a warning (a value left blank or read another way). */
    public List<PublishedLibrary> warned() {
        return preview.rows().stream().map(DatasetPreview.RowPreview::row).filter(r -> !r.warnings().isEmpty()).toList();
    }
}
