# Example values for the values the checked bodies get only at plan (variables of the payload-checks stack
# that PayloadCheckStack gathers from the worked example). No credentials: these are realistic stand-ins.
# In your app: ci/payload-checks.tfvars (where the CI recipes read it), with your payload-checks stack's variables.
workitem_type_id = "5a3e1c2b-7d4f-4e8a-9b6c-0d1e2f3a4b5c"

# DataGenesyscloudRoutingQueue "support-queue" (its id), read from Genesys by the real stack.
data_genesyscloud_routing_queue_support-queue_id = "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d"

# callback_number keeps the stack's default (+15555550100); set it to try another.
