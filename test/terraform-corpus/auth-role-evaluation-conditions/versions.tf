terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = ">= 1.60.0"
    }
  }
}

provider "genesyscloud" {}
