# Follows GenesysCloudDevOps/zendesk-create-ticket-data-action-module, main.tf @ 114d837477752b120e7d50bc6c6e19565e356c73
# (a web services action creating a ticket, headers, a translation map) and GenesysCloudBlueprints/cx-as-code-cicd-gitactions-blueprint,
# blueprint/genesys-cloud-cx-as-code/modules/data_actions/main.tf @ 0788d34dacf626adf6fbe56c22b1f2c599d698d0
# (a `custom-rest-actions` integration calling an absolute URL). Written for this corpus, not copied.
variable "ticket_api_url" {
  type    = string
  default = "https://tickets.example.com/api/v2/tickets.json"
}

variable "ticket_api_password" {
  type      = string
  sensitive = true
  default   = "placeholder"
}

resource "genesyscloud_integration_credential" "ticket_api" {
  name                 = "Corpus ticket API"
  credential_type_name = "basicAuth"
  fields = {
    userName = "corpus-bot"
    password = var.ticket_api_password
  }
}

resource "genesyscloud_integration" "web_services" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name        = "Corpus Ticketing"
    properties  = jsonencode({})
    advanced    = jsonencode({})
    notes       = "Creates tickets in an external system"
    credentials = { basicAuth = genesyscloud_integration_credential.ticket_api.id }
  }
}

resource "genesyscloud_integration_action" "create_ticket" {
  name           = "Create Ticket"
  category       = "Corpus Ticketing"
  integration_id = genesyscloud_integration.web_services.id

  contract_input = jsonencode({
    type     = "object"
    required = ["subject", "body"]
    properties = {
      subject  = { type = "string" }
      body     = { type = "string" }
      priority = { type = "string" }
    }
  })
  contract_output = jsonencode({ type = "object", properties = { id = { type = "integer" } } })

  config_request {
    request_type         = "POST"
    request_url_template = var.ticket_api_url
    request_template     = "{\"ticket\": {\"subject\": \"$esc.jsonString($${input.subject})\", \"comment\": {\"body\": \"$esc.jsonString($${input.body})\"}, \"priority\": \"$!{input.priority}\"}}"
    headers = {
      UserAgent      = "PureCloudIntegrations/1.0"
      "Content-Type" = "application/json"
    }
  }

  config_response {
    translation_map  = { id = "$.ticket.id" }
    success_template = "{\"id\": $${id}}"
  }
}
