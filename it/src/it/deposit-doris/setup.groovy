import org.datasetkit.core.deposit.services.ItServices

def doris = ItServices.doris(basedir)
doris.corrupt('case003_L_CC.png', 1)
doris.dropMidBody('case009_L_MLO.png', 2)
new File(basedir, 'deposit.properties').text = "dataset.depositUrl=${doris.url()}\n"
return true
