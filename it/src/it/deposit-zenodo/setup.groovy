import org.datasetkit.core.deposit.services.ItServices

// the token the encrypted <password> of the it-zenodo server decrypts to
def zenodo = ItServices.zenodo(basedir, 'zenodo-it-token-5d1e')
zenodo.corrupt('deposit-zenodo-1.0.0.zip', 1)
zenodo.dropMidBody('ro-crate-metadata.json/content', 2)
new File(basedir, 'deposit.properties').text = "dataset.depositUrl=${zenodo.url()}\n"
return true
