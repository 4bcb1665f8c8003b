# Follows GenesysCloudBlueprints/webhook-workflow-workitem-blueprint,
# modules/data-actions/create-workitem/create-workitem.tf @ aac1c5d6713476b6a207635bd49a3c69d2a1b679:
# a work item created from a data action, with custom fields of several JSON types. Written for this corpus, not copied.
variable "integration_name" {
  type    = string
  default = "Corpus Workitem Actions"
}

resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = var.integration_name
  }
}

resource "genesyscloud_integration_action" "create_workitem" {
  name           = "Create Workitem"
  category       = var.integration_name
  integration_id = genesyscloud_integration.data_actions.id

  contract_input = jsonencode({
    type = "object"
    properties = {
      title      = { type = "string" }
      worktypeId = { type = "string" }
      orderRef   = { type = "string" }
      itemCount  = { type = "integer" }
    }
  })
  contract_output = jsonencode({ type = "object", properties = { id = { type = "string" } } })

  config_request {
    request_type         = "POST"
    request_url_template = "/api/v2/taskmanagement/workitems"
    headers              = {}
    request_template     = "{\"name\": \"$${input.title}\", \"typeId\": \"$${input.worktypeId}\", \"customFields\": {\"order_ref_text\": \"$${input.orderRef}\", \"item_count_integer\": $${input.itemCount}}}"
  }

  config_response {
    translation_map          = {}
    translation_map_defaults = {}
    success_template         = "$${rawResult}"
  }
}
