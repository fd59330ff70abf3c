"""A realistic boto3 session against a Keyspan server; prints what it observed as one JSON object.

Usage: python3 boto3_session.py <endpoint-url>
The JUnit test BotoSessionTest runs it and asserts the printed results.
"""
import json
import sys
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Attr, Key
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
session = boto3.session.Session(
    aws_access_key_id="fake", aws_secret_access_key="fake", region_name="eu-west-1")
config = Config(retries={"max_attempts": 1})
client = session.client("dynamodb", endpoint_url=endpoint, config=config)
resource = session.resource("dynamodb", endpoint_url=endpoint, config=config)
seen = {}


def error_of(call):
    """The error code, message and extra members a failing call raised."""
    try:
        call()
    except ClientError as e:
        return {
            "code": e.response["Error"]["Code"],
            "message": e.response["Error"].get("Message"),
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
            "item": e.response.get("Item"),
            "reasons": [r["Code"] for r in e.response.get("CancellationReasons", [])],
        }
    return None


# ---- tables ------------------------------------------------------------------------------
created = client.create_table(
    TableName="Orders",
    BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[
        {"AttributeName": "customer", "AttributeType": "S"},
        {"AttributeName": "orderId", "AttributeType": "S"},
        {"AttributeName": "status", "AttributeType": "S"},
        {"AttributeName": "total", "AttributeType": "N"},
    ],
    KeySchema=[
        {"AttributeName": "customer", "KeyType": "HASH"},
        {"AttributeName": "orderId", "KeyType": "RANGE"},
    ],
    GlobalSecondaryIndexes=[{
        "IndexName": "ByStatus",
        "KeySchema": [
            {"AttributeName": "status", "KeyType": "HASH"},
            {"AttributeName": "total", "KeyType": "RANGE"},
        ],
        "Projection": {"ProjectionType": "ALL"},
    }],
    LocalSecondaryIndexes=[{
        "IndexName": "ByTotal",
        "KeySchema": [
            {"AttributeName": "customer", "KeyType": "HASH"},
            {"AttributeName": "total", "KeyType": "RANGE"},
        ],
        "Projection": {"ProjectionType": "KEYS_ONLY"},
    }],
)
seen["createdName"] = created["TableDescription"]["TableName"]
client.get_waiter("table_exists").wait(TableName="Orders", WaiterConfig={"Delay": 1, "MaxAttempts": 5})
described = client.describe_table(TableName="Orders")["Table"]
seen["status"] = described["TableStatus"]
seen["gsis"] = [i["IndexName"] for i in described.get("GlobalSecondaryIndexes", [])]
seen["lsis"] = [i["IndexName"] for i in described.get("LocalSecondaryIndexes", [])]
seen["tables"] = client.list_tables()["TableNames"]
seen["duplicateTable"] = error_of(lambda: client.create_table(
    TableName="Orders", BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[{"AttributeName": "customer", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "customer", "KeyType": "HASH"}]))

# ---- writes ------------------------------------------------------------------------------
table = resource.Table("Orders")
for i in range(10):
    table.put_item(Item={
        "customer": "c1", "orderId": "o%02d" % i, "total": Decimal(i * 10),
        "status": "open" if i % 2 == 0 else "shipped", "parts": ["a", "b"], "gift": i == 3,
    })

seen["conditionalPut"] = error_of(lambda: client.put_item(
    TableName="Orders",
    Item={"customer": {"S": "c1"}, "orderId": {"S": "o01"}},
    ConditionExpression="attribute_not_exists(orderId)",
    ReturnValuesOnConditionCheckFailure="ALL_OLD"))
if seen["conditionalPut"] and seen["conditionalPut"]["item"]:
    seen["conditionalPut"]["item"] = seen["conditionalPut"]["item"]["orderId"]["S"]

updated = client.update_item(
    TableName="Orders",
    Key={"customer": {"S": "c1"}, "orderId": {"S": "o04"}},
    UpdateExpression="SET #s = :s ADD #t :inc",
    ExpressionAttributeNames={"#s": "status", "#t": "total"},
    ExpressionAttributeValues={":s": {"S": "shipped"}, ":inc": {"N": "5"}},
    ReturnValues="UPDATED_NEW")
seen["updatedNew"] = updated["Attributes"]

got = client.get_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "o04"}},
    ProjectionExpression="#t, parts[1]", ExpressionAttributeNames={"#t": "total"},
    ConsistentRead=True)
seen["projected"] = got["Item"]
seen["missingItem"] = "Item" in client.get_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "nope"}})

# ---- reads -------------------------------------------------------------------------------
pages = client.get_paginator("query").paginate(
    TableName="Orders",
    KeyConditionExpression="customer = :c AND begins_with(orderId, :p)",
    ExpressionAttributeValues={":c": {"S": "c1"}, ":p": {"S": "o"}},
    PaginationConfig={"PageSize": 3})
page_sizes, order = [], []
for page in pages:
    page_sizes.append(page["Count"])
    order.extend(item["orderId"]["S"] for item in page["Items"])
seen["queryPageSizes"] = page_sizes
seen["queryOrder"] = order

backwards = table.query(KeyConditionExpression=Key("customer").eq("c1"), ScanIndexForward=False, Limit=2)
seen["backwards"] = [item["orderId"] for item in backwards["Items"]]

open_orders = table.query(
    IndexName="ByStatus", KeyConditionExpression=Key("status").eq("open") & Key("total").gte(20),
    FilterExpression=Attr("parts").size().eq(2))
seen["openTotals"] = [int(item["total"]) for item in open_orders["Items"]]

by_total = table.query(IndexName="ByTotal", KeyConditionExpression=Key("customer").eq("c1") & Key("total").between(10, 30))
seen["lsiKeys"] = sorted(by_total["Items"][0].keys())
seen["lsiTotals"] = [int(item["total"]) for item in by_total["Items"]]

scanned = table.scan(FilterExpression=Attr("gift").eq(True))
seen["giftOrders"] = [item["orderId"] for item in scanned["Items"]]
seen["scanCounts"] = [scanned["Count"], scanned["ScannedCount"]]
seen["countOnly"] = client.scan(TableName="Orders", Select="COUNT")["Count"]

# ---- legacy (non-expression) parameters, as the SDK v1 DynamoDBMapper and older code send them --
seen["legacyExistsFalse"] = error_of(lambda: client.put_item(
    TableName="Orders", Item={"customer": {"S": "c1"}, "orderId": {"S": "o06"}},
    Expected={"orderId": {"Exists": False}}))
seen["legacyUpdated"] = client.update_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "o06"}},
    AttributeUpdates={"total": {"Action": "ADD", "Value": {"N": "1"}},
                      "note": {"Action": "PUT", "Value": {"S": "x"}}},
    Expected={"status": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "open"}]}},
    ReturnValues="UPDATED_NEW")["Attributes"]
seen["legacyQuery"] = [item["orderId"]["S"] for item in client.query(
    TableName="Orders",
    KeyConditions={
        "customer": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "c1"}]},
        "orderId": {"ComparisonOperator": "BETWEEN", "AttributeValueList": [{"S": "o01"}, {"S": "o05"}]}},
    QueryFilter={"status": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "shipped"}]}},
    AttributesToGet=["orderId"])["Items"]]
seen["legacyScan"] = sorted(item["orderId"]["S"] for item in client.scan(
    TableName="Orders",
    ScanFilter={"total": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "75"}]},
                "note": {"ComparisonOperator": "NOT_NULL"}},
    ConditionalOperator="OR", AttributesToGet=["orderId"])["Items"])
seen["legacyMixed"] = error_of(lambda: client.get_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "o06"}},
    AttributesToGet=["total"], ProjectionExpression="total"))

# ---- batches -----------------------------------------------------------------------------
with table.batch_writer() as batch:
    for i in range(5):
        batch.put_item(Item={"customer": "c2", "orderId": "o%02d" % i, "total": Decimal(i)})
    batch.delete_item(Key={"customer": "c1", "orderId": "o09"})
fetched = client.batch_get_item(RequestItems={"Orders": {
    "Keys": [
        {"customer": {"S": "c2"}, "orderId": {"S": "o00"}},
        {"customer": {"S": "c2"}, "orderId": {"S": "o04"}},
        {"customer": {"S": "c1"}, "orderId": {"S": "o09"}},
    ],
    "ProjectionExpression": "orderId",
}})
seen["batchGot"] = sorted(item["orderId"]["S"] for item in fetched["Responses"]["Orders"])
seen["batchUnprocessed"] = fetched["UnprocessedKeys"]

# ---- transactions ------------------------------------------------------------------------
client.transact_write_items(TransactItems=[
    {"ConditionCheck": {
        "TableName": "Orders", "Key": {"customer": {"S": "c1"}, "orderId": {"S": "o00"}},
        "ConditionExpression": "attribute_exists(orderId)"}},
    {"Update": {
        "TableName": "Orders", "Key": {"customer": {"S": "c2"}, "orderId": {"S": "o01"}},
        "UpdateExpression": "SET paid = :t", "ExpressionAttributeValues": {":t": {"BOOL": True}}}},
    {"Put": {"TableName": "Orders", "Item": {"customer": {"S": "c3"}, "orderId": {"S": "o00"}}}},
])
seen["failedTransaction"] = error_of(lambda: client.transact_write_items(TransactItems=[
    {"Delete": {"TableName": "Orders", "Key": {"customer": {"S": "c3"}, "orderId": {"S": "o00"}}}},
    {"Put": {
        "TableName": "Orders", "Item": {"customer": {"S": "c1"}, "orderId": {"S": "o00"}},
        "ConditionExpression": "attribute_not_exists(orderId)"}},
]))
read_back = client.transact_get_items(TransactItems=[
    {"Get": {"TableName": "Orders", "Key": {"customer": {"S": "c2"}, "orderId": {"S": "o01"}}}},
    {"Get": {"TableName": "Orders", "Key": {"customer": {"S": "c3"}, "orderId": {"S": "o00"}}}},
    {"Get": {"TableName": "Orders", "Key": {"customer": {"S": "c9"}, "orderId": {"S": "o00"}}}},
])["Responses"]
seen["transactRead"] = [
    read_back[0]["Item"]["paid"]["BOOL"], "Item" in read_back[1], "Item" in read_back[2]]

# ---- errors ------------------------------------------------------------------------------
seen["missingTable"] = error_of(lambda: client.get_item(TableName="Nope", Key={"a": {"S": "1"}}))
seen["wrongKey"] = error_of(lambda: client.get_item(TableName="Orders", Key={"customer": {"S": "c1"}}))
seen["unusedValue"] = error_of(lambda: client.update_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "o00"}},
    UpdateExpression="SET a = :a",
    ExpressionAttributeValues={":a": {"S": "x"}, ":b": {"S": "y"}}))
seen["reservedWord"] = error_of(lambda: client.scan(
    TableName="Orders", FilterExpression="total > :z", ExpressionAttributeValues={":z": {"N": "0"}}))
seen["syntaxError"] = error_of(lambda: client.scan(TableName="Orders", FilterExpression="gift >"))

# ---- time to live and cleanup ------------------------------------------------------------
client.update_time_to_live(
    TableName="Orders", TimeToLiveSpecification={"AttributeName": "expires", "Enabled": True})
seen["ttl"] = client.describe_time_to_live(TableName="Orders")["TimeToLiveDescription"]
deleted = client.delete_item(
    TableName="Orders", Key={"customer": {"S": "c1"}, "orderId": {"S": "o02"}}, ReturnValues="ALL_OLD")
seen["deletedOld"] = deleted["Attributes"]["orderId"]["S"]
client.delete_table(TableName="Orders")
seen["tablesAfterDelete"] = client.list_tables()["TableNames"]

print(json.dumps(seen, sort_keys=True))
