package io.keyspan.processor.validate;

import io.keyspan.processor.base.Report;
import io.keyspan.processor.model.SingleTable;

/**
 * Checks a single table's model: its key templates ({@link TemplateRules}), the attributes its
 * members share ({@link MemberAttributeRules}) and its collections ({@link CollectionRules}) and
 * what its indexes project ({@link MemberProjectionRules}), and which members fill its
 * multi-attribute indexes ({@link MemberIndexKeyRules}).
 */
public final class SingleTableValidator {

  public void validate(SingleTable table, Report report) {
    new TemplateRules().validate(table, report);
    new MemberAttributeRules().validate(table, report);
    new CollectionRules().validate(table, report);
    new MemberProjectionRules().validate(table, report);
    new MemberIndexKeyRules().validate(table, report);
  }
}
