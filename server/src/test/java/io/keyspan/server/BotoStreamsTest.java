package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import io.keyspan.Keyspan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** boto3's unmodified {@code dynamodbstreams} client against the server's Streams API. */
@Tag("emulators") // boto3
class BotoStreamsTest {
  private static final String SESSION =
      String.join(
          "\n",
          "import sys, boto3",
          "args = dict(endpoint_url=sys.argv[1], region_name='us-east-1',",
          "    aws_access_key_id='key', aws_secret_access_key='secret')",
          "db = boto3.client('dynamodb', **args)",
          "streams = boto3.client('dynamodbstreams', **args)",
          "db.create_table(TableName='Orders', BillingMode='PAY_PER_REQUEST',",
          "    AttributeDefinitions=[{'AttributeName': 'id', 'AttributeType': 'S'}],",
          "    KeySchema=[{'AttributeName': 'id', 'KeyType': 'HASH'}],",
          "    StreamSpecification={'StreamEnabled': True, 'StreamViewType': 'NEW_AND_OLD_IMAGES'})",
          "db.put_item(TableName='Orders', Item={'id': {'S': 'o1'}, 'amount': {'N': '5'}})",
          "db.update_item(TableName='Orders', Key={'id': {'S': 'o1'}},",
          "    UpdateExpression='SET amount = :t', ExpressionAttributeValues={':t': {'N': '7'}})",
          "db.delete_item(TableName='Orders', Key={'id': {'S': 'o1'}})",
          "arn = streams.list_streams(TableName='Orders')['Streams'][0]['StreamArn']",
          "assert db.describe_table(TableName='Orders')['Table']['LatestStreamArn'] == arn",
          "description = streams.describe_stream(StreamArn=arn)['StreamDescription']",
          "print(description['StreamStatus'], description['StreamViewType'])",
          "shard = description['Shards'][0]['ShardId']",
          "iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard,",
          "    ShardIteratorType='TRIM_HORIZON')['ShardIterator']",
          "while iterator:",
          "    page = streams.get_records(ShardIterator=iterator, Limit=2)",
          "    for record in page['Records']:",
          "        change = record['dynamodb']",
          "        print(record['eventName'], change['Keys']['id']['S'],",
          "            change.get('OldImage', {}).get('amount', {}).get('N'),",
          "            change.get('NewImage', {}).get('amount', {}).get('N'))",
          "    if not page['Records']:",
          "        break",
          "    iterator = page.get('NextShardIterator')",
          "try:",
          "    streams.get_records(ShardIterator='garbage')",
          "except streams.exceptions.ClientError as e:",
          "    print(e.response['Error']['Code'])");

  private Keyspan keyspan;
  private KeyspanServer server;

  @BeforeEach
  void start() {
    keyspan = Keyspan.inMemory();
    server = KeyspanServer.start(keyspan.engine(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
    keyspan.close();
  }

  @Test
  void dynamodbstreamsClient_readsEveryChange() throws Exception {
    assertThat(Python.session(SESSION, server.endpoint()))
        .containsExactly(
            "ENABLED NEW_AND_OLD_IMAGES",
            "INSERT o1 None 5",
            "MODIFY o1 5 7",
            "REMOVE o1 7 None",
            "ValidationException")
        .inOrder();
  }
}
