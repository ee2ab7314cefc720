import org.datasetkit.core.deposit.services.ItServices

def dataverse = ItServices.dataverse(basedir, 'dataverse-it-key-83fa', 'imaging')
dataverse.dropMidBody('/add', 2)
dataverse.lockFor(1)
new File(basedir, 'deposit.properties').text = "dataset.depositUrl=${dataverse.url()}\n"
return true
