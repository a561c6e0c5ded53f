package bangfu.model;

/**
 * Which file periods a list or report is about: {@code --union}, {@code --region}, {@code --tier} and
 * {@code --status}, each null for all. A tier or status is its code; a tier of "" means files without one (未填).
 *
 * @param region a province, city or county as filed
 */
public record Selection(String union, String region, String tier, String status) {
    public static final Selection ALL = new Selection(null, null, null, null);

    public boolean isAll() {
        return union == null && region == null && tier == null && status == null;
    }
}
