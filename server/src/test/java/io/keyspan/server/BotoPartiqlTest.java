package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * boto3's unmodified client running PartiQL: ExecuteStatement, BatchExecuteStatement and
 * ExecuteTransaction (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.html).
 */
@Tag("emulators") // boto3
class BotoPartiqlTest {
  private static final String SESSION =
      String.join(
          "\n",
          Python.DYNAMODB_CLIENT,
          "db.create_table(TableName='Music', BillingMode='PAY_PER_REQUEST',",
          "    AttributeDefinitions=[{'AttributeName': 'Artist', 'AttributeType': 'S'},",
          "        {'AttributeName': 'Song', 'AttributeType': 'S'}],",
          "    KeySchema=[{'AttributeName': 'Artist', 'KeyType': 'HASH'},",
          "        {'AttributeName': 'Song', 'KeyType': 'RANGE'}])",
          "db.execute_statement(Statement=\"INSERT INTO \\\"Music\\\" VALUE {'Artist': ?, 'Song': ?}\",",
          "    Parameters=[{'S': 'Acme'}, {'S': 'One'}])",
          "answers = db.batch_execute_statement(Statements=[",
          "    {'Statement': \"INSERT INTO \\\"Music\\\" VALUE {'Artist': 'Acme', 'Song': 'One'}\"},",
          "    {'Statement': \"INSERT INTO \\\"Music\\\" VALUE {'Artist': 'Acme', 'Song': 'Two'}\"}",
          "])['Responses']",
          "print(' '.join(a.get('Error', {}).get('Code', 'ok') for a in answers))",
          "try:",
          "    db.execute_transaction(TransactStatements=[",
          "        {'Statement': \"INSERT INTO \\\"Music\\\" VALUE {'Artist': 'Acme', 'Song': 'Three'}\"},",
          "        {'Statement': \"INSERT INTO \\\"Music\\\" VALUE {'Artist': 'Acme', 'Song': 'Two'}\"}])",
          "except db.exceptions.TransactionCanceledException as e:",
          "    print(' '.join(r['Code'] for r in e.response['CancellationReasons']))",
          "found = db.execute_transaction(TransactStatements=[",
          "    {'Statement': \"SELECT Song FROM \\\"Music\\\" WHERE Artist = 'Acme' AND Song = ?\",",
          "     'Parameters': [{'S': 'Two'}]},",
          "    {'Statement': \"SELECT Song FROM \\\"Music\\\" WHERE Artist = 'Acme' AND Song = 'Three'\"}",
          "])['Responses']",
          "print(' '.join(r['Item']['Song']['S'] if 'Item' in r else '-' for r in found))",
          "page = db.execute_statement(Statement=\"SELECT Song FROM \\\"Music\\\" WHERE Artist = 'Acme'\")",
          "print(' '.join(item['Song']['S'] for item in page['Items']))");

  @RegisterExtension final LocalServer local = new LocalServer();

  @Test
  void boto3_runsStatementsBatchesAndTransactions() throws Exception {
    assertThat(Python.session(SESSION, local.server().endpoint()))
        .containsExactly("DuplicateItem ok", "None DuplicateItem", "Two -", "One Two")
        .inOrder();
  }
}
