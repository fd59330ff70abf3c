package io.keyspan.server;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * boto3's unmodified client tagging a table as infrastructure tools do: tags given at creation,
 * TagResource adding and replacing, UntagResource, ListTagsOfResource on the table's ARN from
 * DescribeTable, and the documented refusals (API TagResource,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TagResource.html).
 */
@Tag("emulators") // boto3
class BotoTagsTest {
  private static final String SESSION =
      String.join(
          "\n",
          Python.DYNAMODB_CLIENT,
          "db.create_table(TableName='Orders', BillingMode='PAY_PER_REQUEST',",
          "    AttributeDefinitions=[{'AttributeName': 'id', 'AttributeType': 'S'}],",
          "    KeySchema=[{'AttributeName': 'id', 'KeyType': 'HASH'}],",
          "    Tags=[{'Key': 'team', 'Value': 'shop'}])",
          "arn = db.describe_table(TableName='Orders')['Table']['TableArn']",
          "print(arn)",
          "db.tag_resource(ResourceArn=arn, Tags=[{'Key': 'env', 'Value': 'test'},",
          "    {'Key': 'team', 'Value': 'orders'}])",
          "tags = db.list_tags_of_resource(ResourceArn=arn)['Tags']",
          "print(' '.join(sorted(t['Key'] + '=' + t['Value'] for t in tags)))",
          "db.untag_resource(ResourceArn=arn, TagKeys=['env'])",
          "tags = db.list_tags_of_resource(ResourceArn=arn)['Tags']",
          "print(' '.join(sorted(t['Key'] + '=' + t['Value'] for t in tags)))",
          "try:",
          "    db.tag_resource(ResourceArn=arn, Tags=[{'Key': 'aws:owner', 'Value': 'x'}])",
          "except db.exceptions.ClientError as e:",
          "    print(e.response['Error']['Code'])",
          "try:",
          "    db.list_tags_of_resource(ResourceArn=arn.replace('Orders', 'Missing'))",
          "except db.exceptions.ResourceNotFoundException as e:",
          "    print(e.response['Error']['Code'])");

  @RegisterExtension final LocalServer local = new LocalServer();

  @Test
  void boto3_tagsAndUntagsATable() throws Exception {
    assertThat(Python.session(SESSION, local.server().endpoint()))
        .containsExactly(
            // The server names its region as DynamoDB Local does (server README, Tags).
            "arn:aws:dynamodb:ddblocal:000000000000:table/Orders",
            "env=test team=orders",
            "team=orders",
            "ValidationException",
            "ResourceNotFoundException")
        .inOrder();
  }
}
