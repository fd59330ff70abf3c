# Signs a DynamoDB request with botocore's own SigV4 signer and prints the headers to send, as JSON.
# Usage: sign_request.py ENDPOINT ACCESS_KEY SECRET REGION TARGET BODY  (TARGET "-" for none)
import json, sys
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

endpoint, key, secret, region, target, body = sys.argv[1:7]
headers = {"Content-Type": "application/x-amz-json-1.0"}
if target != "-":
    headers["X-Amz-Target"] = target
request = AWSRequest(method="POST", url=endpoint + "/", data=body.encode("utf-8"), headers=headers)
SigV4Auth(Credentials(key, secret), "dynamodb", region).add_auth(request)
print(json.dumps(dict(request.headers.items())))
