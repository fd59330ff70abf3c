package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * boto3's unmodified client creating, describing and querying a GSI whose partition and sort keys
 * are each made of several attributes (Developer Guide
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.DesignPattern.MultiAttributeKeys.html).
 * dynalite and moto do not serve these keys, so there is no emulator to compare with.
 */
@Tag("emulators") // boto3
class BotoMultiAttributeIndexTest {
  private static final String SESSION =
      String.join(
          "\n",
          Python.DYNAMODB_CLIENT,
          "def attribute(name, kind): return {'AttributeName': name, 'AttributeType': kind}",
          "def key(name, kind): return {'AttributeName': name, 'KeyType': kind}",
          "db.create_table(TableName='Matches', BillingMode='PAY_PER_REQUEST',",
          "    AttributeDefinitions=[attribute('matchId', 'S'), attribute('tournamentId', 'S'),",
          "        attribute('regionId', 'S'), attribute('roundName', 'S'), attribute('seqNo', 'N')],",
          "    KeySchema=[key('matchId', 'HASH')],",
          "    GlobalSecondaryIndexes=[{'IndexName': 'ByBracket', 'Projection': {'ProjectionType': 'ALL'},",
          "        'KeySchema': [key('tournamentId', 'HASH'), key('regionId', 'HASH'),",
          "            key('roundName', 'RANGE'), key('seqNo', 'RANGE')]}])",
          "index = db.describe_table(TableName='Matches')['Table']['GlobalSecondaryIndexes'][0]",
          "print(' '.join(k['AttributeName'] + ':' + k['KeyType'] for k in index['KeySchema']))",
          "for match, region, round_name, seq in [('m3', 'EU', 'SEMI', 2), ('m1', 'EU', 'FINAL', 9),",
          "        ('m2', 'EU', 'SEMI', 1), ('u1', 'US', 'SEMI', 1), ('x1', 'EU', 'SEMI', None)]:",
          "    item = {'matchId': {'S': match}, 'tournamentId': {'S': 'W24'}, 'regionId': {'S': region},",
          "        'roundName': {'S': round_name}}",
          "    if seq is not None:",
          "        item['seqNo'] = {'N': str(seq)}",
          "    db.put_item(TableName='Matches', Item=item)",
          "def query(condition, **values):",
          "    return db.query(TableName='Matches', IndexName='ByBracket', KeyConditionExpression=condition,",
          "        ExpressionAttributeValues={':' + k: v for k, v in values.items()})",
          "page = query('tournamentId = :t AND regionId = :r', t={'S': 'W24'}, r={'S': 'EU'})",
          "print(' '.join(item['matchId']['S'] for item in page['Items']))",
          "page = query('tournamentId = :t AND regionId = :r AND roundName = :n AND seqNo >= :s',",
          "    t={'S': 'W24'}, r={'S': 'EU'}, n={'S': 'SEMI'}, s={'N': '2'})",
          "print(' '.join(item['matchId']['S'] for item in page['Items']))",
          "try:",
          "    query('tournamentId = :t AND regionId = :r AND seqNo = :s',",
          "        t={'S': 'W24'}, r={'S': 'EU'}, s={'N': '1'})",
          "except db.exceptions.ClientError as e:",
          "    print(e.response['Error']['Code'], e.response['Error']['Message'])",
          "try:",
          "    query('tournamentId = :t AND regionId = :r AND roundName > :n AND seqNo = :s',",
          "        t={'S': 'W24'}, r={'S': 'EU'}, n={'S': 'A'}, s={'N': '1'})",
          "except db.exceptions.ClientError as e:",
          "    print(e.response['Error']['Code'], e.response['Error']['Message'])");

  @RegisterExtension final LocalServer local = new LocalServer();

  @Test
  void boto3_createsDescribesAndQueriesAMultiAttributeIndex() throws Exception {
    assertThat(Python.session(SESSION, local.server().endpoint()))
        .containsExactly(
            "tournamentId:HASH regionId:HASH roundName:RANGE seqNo:RANGE",
            "m1 m2 m3",
            "m3",
            "ValidationException Query condition missed key schema element: roundName",
            "ValidationException Query key condition not supported")
        .inOrder();
  }
}
